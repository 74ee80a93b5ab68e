<#-- To a partner: an order with its lines is cancelled, do not do them. -->
<@m.message subject="Commande ${reference} annulée – ${counterName}, ${slotDate}">
<@m.p>Bonjour,</@m.p>
<@m.p>La commande ${reference} est annulée${"\xA0"}: ne réalisez pas ces services.</@m.p>
<@m.details items=slot/>
<@m.list items=lines/>
<@m.p>${organisationName}</@m.p>
</@m.message>
