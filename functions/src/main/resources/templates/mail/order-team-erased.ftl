<#-- To the team: the customer had the order cancelled and their data erased ("Mes données"). Nothing personal is
     left to quote: the reference, the counter, the slot and the lines. -->
<@m.message subject="Commande ${reference} annulée et effacée à la demande du client – ${counterName}">
<@m.p>À la demande de son client, la commande ${reference} est annulée et ses données personnelles sont effacées. Les partenaires concernés sont prévenus.</@m.p>
<@m.details items=slot/>
<@m.list items=lines/>
</@m.message>
