<#-- To the team: the whole order, with the customer's contact details. -->
<@m.message subject="Nouvelle commande ${reference} – ${counterName}">
<@m.p>Nouvelle commande ${reference}.</@m.p>
<@m.details items=slot/>
<@m.h>Services</@m.h>
<@m.list items=lines/>
<@m.p>Total${"\xA0"}: ${total}</@m.p>
<@m.h>Client</@m.h>
<@m.details items=customer/>
</@m.message>
