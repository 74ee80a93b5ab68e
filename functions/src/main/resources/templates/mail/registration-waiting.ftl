<#-- To the person who registered for a full event: their place in line; they will be told if a place frees. -->
<@m.message subject="Liste d'attente${'\xA0'}: ${eventTitle}">
<@m.p>Bonjour ${firstName},</@m.p>
<@m.p>Toutes les places sont prises pour le moment. Vous êtes inscrit·e sur la liste d'attente, en position ${position}.</@m.p>
<@m.p>Si une place se libère pour vous, votre inscription sera confirmée automatiquement et nous vous préviendrons par e-mail.</@m.p>
<@m.details items=details/>
<@m.p><@m.link href=eventUrl>Voir l'évènement sur le site</@m.link></@m.p>
<@m.p>Vous ne souhaitez plus venir${"\xA0"}? <@m.link href=cancelUrl>Quitter la liste d'attente</@m.link>. Ce lien est personnel, ne le transmettez pas.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
