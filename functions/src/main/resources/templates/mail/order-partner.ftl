<#-- To one partner: its own lines only, the slot, the counter and the customer's first name. -->
<@m.message subject="Commande ${reference} – ${counterName}, ${slotDate}">
<@m.p>Bonjour,</@m.p>
<@m.p>Une commande pour ${partnerName} a été déposée via ${organisationName}.</@m.p>
<@m.details items=slot/>
<@m.h>Services à réaliser</@m.h>
<@m.list items=lines/>
<@m.p>Pour toute question, contactez la conciergerie${"\xA0"}: ${organisationEmail}, ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
