<#-- To the team: the customer cancelled the order from its follow-up page. -->
<@m.message subject="Commande ${reference} annulée par le client – ${counterName}">
<@m.p>Le client a annulé la commande ${reference}. Les partenaires concernés sont prévenus.</@m.p>
<@m.details items=slot/>
<@m.list items=lines/>
</@m.message>
