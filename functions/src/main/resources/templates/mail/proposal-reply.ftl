<#-- To the resident who proposed an idea and gave an address: the team's reply, in its words. Their idea is not quoted
     back (the form must not relay text to an address nobody confirmed), only its date, its neighbourhood, its reference. -->
<@m.message subject="Votre idée d'animation pour le quartier ${neighbourhood}">
<@m.p>Bonjour<#if name?has_content> ${name}</#if>,</@m.p>
<@m.p>Le ${submittedOn}, vous avez proposé une idée d'animation pour le quartier ${neighbourhood} (référence ${reference}). ${status}</@m.p>
<@m.h>La réponse de l'équipe</@m.h>
<#list paragraphs as paragraph>
<@m.p>${paragraph}</@m.p>
</#list>
<@m.p>Pour en parler, passez au comptoir, répondez à ce message ou appelez le ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
