<#-- The day before the event, to each person whose places are held. -->
<@m.message subject="Rappel${'\xA0'}: ${eventTitle}, demain">
<@m.p>Bonjour ${firstName},</@m.p>
<@m.p>Petit rappel${"\xA0"}: vous êtes inscrit·e à l'évènement de demain.</@m.p>
<@m.details items=details/>
<@m.p><@m.link href=eventUrl>Voir l'évènement sur le site</@m.link></@m.p>
<@m.p>Un empêchement${"\xA0"}? Libérez votre place pour une autre personne${"\xA0"}: <@m.link href=cancelUrl>annuler mon inscription</@m.link>.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
