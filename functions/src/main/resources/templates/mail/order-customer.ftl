<#-- To the customer, at the address they typed: nothing else they typed is quoted (the form must not relay text
     to any address), only the reference, the slot, the services and the total. -->
<@m.message subject="Votre commande ${reference} est enregistrée">
<@m.p>Bonjour,</@m.p>
<@m.p>Nous avons bien reçu votre commande. Sa référence est ${reference}${"\x202F"}; rappelez-la au comptoir.</@m.p>
<@m.details items=slot/>
<@m.h>Services commandés</@m.h>
<@m.list items=lines/>
<@m.p>Total à régler aux partenaires${"\xA0"}: ${total}. Vous payez le partenaire à son tarif, sans commission de la conciergerie.</@m.p>
<#if followUpUrl?has_content>
<@m.h>Suivre votre commande</@m.h>
<@m.p>Ce lien personnel montre où en est votre commande et vous permet de l'annuler tant qu'aucun partenaire ne l'a acceptée. Ne le transmettez pas${"\xA0"}: <@m.link href=followUpUrl>suivre la commande ${reference}</@m.link>.</@m.p>
</#if>
<@m.h>Et maintenant${"\x202F"}?</@m.h>
<@m.p>Apportez vos articles au comptoir pendant le créneau choisi. Nous vous préviendrons quand votre commande sera prête. Pour toute question, répondez simplement à ce message ou appelez le ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
