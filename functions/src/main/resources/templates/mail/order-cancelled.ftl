<#-- To the customer: the team cancelled the order. -->
<@m.message subject="Votre commande ${reference} est annulée">
<@m.p>Bonjour,</@m.p>
<@m.p>Votre commande ${reference} a été annulée par la conciergerie.</@m.p>
<#if reason?has_content><@m.p>Motif${"\xA0"}: ${reason}</@m.p></#if>
<@m.p>Pour toute question, répondez simplement à ce message ou appelez le ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
