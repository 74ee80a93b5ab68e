<#-- To everyone registered or waiting, when the team cancels or postpones the event (notice: cancelled, postponed). -->
<#assign postponed = notice == "postponed">
<@m.message subject="${postponed?then('Reporté', 'Annulé')}${'\xA0'}: ${eventTitle}">
<@m.p>Bonjour ${firstName},</@m.p>
<#if postponed>
<@m.p>L'évènement auquel vous êtes inscrit·e est reporté${"\xA0"}: il n'aura pas lieu à la date prévue. Nous vous écrirons dès que la nouvelle date sera connue.</@m.p>
<#else>
<@m.p>L'évènement auquel vous êtes inscrit·e est annulé. Nous sommes désolés pour ce changement.</@m.p>
</#if>
<@m.details items=details/>
<@m.p><@m.link href=eventUrl>Voir l'évènement sur le site</@m.link></@m.p>
<@m.p>Pour toute question, répondez simplement à ce message ou appelez le ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
