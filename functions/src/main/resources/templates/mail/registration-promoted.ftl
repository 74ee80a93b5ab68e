<#-- To a person on the waiting list: a place freed for them and their registration is now confirmed. -->
<@m.message subject="Une place s'est libérée${'\xA0'}: ${eventTitle}">
<@m.p>Bonjour ${firstName},</@m.p>
<@m.p>Bonne nouvelle${"\xA0"}: une place s'est libérée. Votre inscription est maintenant confirmée.</@m.p>
<@m.details items=details/>
<@m.p><@m.link href=eventUrl>Voir l'évènement sur le site</@m.link> · <@m.link href=calendarUrl>Ajouter à mon agenda</@m.link></@m.p>
<@m.p>Vous ne pourrez finalement pas venir${"\xA0"}? Libérez votre place pour la personne suivante${"\xA0"}: <@m.link href=cancelUrl>annuler mon inscription</@m.link>. Ce lien est personnel, ne le transmettez pas.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
