<#-- The confirmation of an erasure: which records (kind and reference only), that it is final, and the backups. -->
<@m.message subject="Vos données sont effacées">
<@m.p>Bonjour,</@m.p>
<@m.p>À votre demande, nous avons effacé les données personnelles de${"\xA0"}:</@m.p>
<@m.list items=records/>
<@m.p>Cet effacement est définitif${"\xA0"}: nous ne pouvons plus les retrouver ni vous les renvoyer. Une commande qui était en cours a été annulée, et ses partenaires prévenus. Les sauvegardes de notre hébergeur en gardent une copie au plus 35${"\xA0"}jours, puis elle disparaît à son tour.</@m.p>
<@m.p>Pour toute question, répondez à ce message ou appelez le ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
