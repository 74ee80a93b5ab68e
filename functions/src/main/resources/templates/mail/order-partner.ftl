<#-- To one partner: its own lines only, the slot, the counter and the customer's first name, and its private link to
     answer (accept, decline, mark ready) without an account. -->
<@m.message subject="Commande ${reference} – ${counterName}, ${slotDate}">
<@m.p>Bonjour,</@m.p>
<@m.p>Une commande pour ${partnerName} a été déposée via ${organisationName}.</@m.p>
<@m.details items=slot/>
<@m.h>Services à réaliser</@m.h>
<@m.list items=lines/>
<@m.p>Pour accepter ou refuser ces services, puis indiquer qu'ils sont prêts, ouvrez votre lien personnel (sans mot de passe, ne le transmettez pas)${"\xA0"}:</@m.p>
<@m.p><@m.link href=link>Répondre pour cette commande</@m.link></@m.p>
<@m.p>Pour toute question, contactez la conciergerie${"\xA0"}: ${organisationEmail}, ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
