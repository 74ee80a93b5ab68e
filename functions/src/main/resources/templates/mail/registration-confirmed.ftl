<#-- To the person who registered: their places are held. The event's calendar is the site's (kept up to date); the
     cancellation link is theirs alone. Nothing they typed is quoted but their first name. -->
<@m.message subject="Inscription confirmée${'\xA0'}: ${eventTitle}">
<@m.p>Bonjour ${firstName},</@m.p>
<@m.p>Votre inscription est confirmée. Nous vous attendons${"\xA0"}!</@m.p>
<@m.details items=details/>
<@m.p><@m.link href=eventUrl>Voir l'évènement sur le site</@m.link> · <@m.link href=calendarUrl>Ajouter à mon agenda</@m.link></@m.p>
<@m.p>Vous ne pourrez pas venir${"\xA0"}? Libérez votre place pour une autre personne${"\xA0"}: <@m.link href=cancelUrl>annuler mon inscription</@m.link>. Ce lien est personnel, ne le transmettez pas.</@m.p>
<@m.p>Nous vous enverrons un rappel la veille. Pour toute question, répondez simplement à ce message ou appelez le ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
