<#-- To the contact person, at the address they typed: nothing else they typed is quoted (the form must not relay
     text to any address), only the reference, the SIRET, the headcount, the start date and the quote. -->
<@m.message subject="Votre demande d'adhésion ${reference} est enregistrée">
<@m.p>Bonjour,</@m.p>
<@m.p>Nous avons bien reçu votre demande d'ouverture d'une conciergerie solidaire. Sa référence est ${reference}${"\x202F"}; rappelez-la dans nos échanges.</@m.p>
<@m.details items=details/>
<@m.h>Estimation de l'abonnement</@m.h>
<@m.p>${quote}</@m.p>
<@m.p>Cette estimation suit nos tarifs publiés${"\xA0"}; le prix définitif figurera dans la convention.</@m.p>
<@m.h>Et maintenant${"\x202F"}?</@m.h>
<@m.p>Notre équipe étudie votre demande et vous appelle dans les prochains jours pour fixer avec vous les jours et horaires de présence du concierge. Rien n'est engagé avant la signature de la convention. Pour toute question, répondez simplement à ce message ou appelez le ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
