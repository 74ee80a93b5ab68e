<#-- To the customer: the order is back at the counter, to collect. -->
<@m.message subject="Votre commande ${reference} est prête">
<@m.p>Bonjour,</@m.p>
<@m.p>Votre commande ${reference} est prête${"\xA0"}: vous pouvez venir la chercher au comptoir, aux heures d'ouverture.</@m.p>
<@m.details items=slot/>
<@m.h>Services</@m.h>
<@m.list items=lines/>
<@m.p>Total à régler aux partenaires${"\xA0"}: ${total}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
