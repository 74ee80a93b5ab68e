<#-- To everyone registered or waiting, when the team moves the event to another date or place: the new details. -->
<@m.message subject="Changement${'\xA0'}: ${eventTitle}">
<@m.p>Bonjour ${firstName},</@m.p>
<@m.p>L'évènement auquel vous êtes inscrit·e change de date, d'horaire ou de lieu. Voici ce qui est prévu désormais${"\xA0"}:</@m.p>
<@m.details items=details/>
<@m.p><@m.link href=eventUrl>Voir l'évènement sur le site</@m.link> · <@m.link href=calendarUrl>Mettre à jour mon agenda</@m.link></@m.p>
<@m.p>Vous ne pourrez plus venir${"\xA0"}? Libérez votre place${"\xA0"}: <@m.link href=cancelUrl>annuler mon inscription</@m.link>.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
