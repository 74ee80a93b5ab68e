<#-- To the customer: a partner cannot do one of the services ordered. -->
<@m.message subject="Commande ${reference}${'\xA0'}: un service ne pourra pas être réalisé">
<@m.p>Bonjour,</@m.p>
<@m.p>${partnerName} ne pourra pas réaliser ce service de votre commande ${reference}${"\xA0"}:</@m.p>
<@m.list items=lines/>
<#if reason?has_content><@m.p>Motif${"\xA0"}: ${reason}</@m.p></#if>
<@m.p>Les autres services de la commande suivent leur cours. Pour toute question, répondez simplement à ce message ou appelez le ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
