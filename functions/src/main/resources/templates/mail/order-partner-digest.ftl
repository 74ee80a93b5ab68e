<#-- To a partner on digests: all its lines of one pickup window (a counter's opening on a day), once no order can be
     added to it, each order with the customer's first name, its slot and the partner's private link to answer. -->
<@m.message subject="Récapitulatif ${date} – ${counterName}, ${window}">
<@m.p>Bonjour,</@m.p>
<@m.p>Voici les services à réaliser pour ${partnerName}, déposés au ${counterName} (${counterAddress}) le ${date}, ${window}${"\xA0"}: ${count} commande<#if count gt 1>s</#if>.</@m.p>
<#list orders as order>
<@m.h>Commande ${order.reference}</@m.h>
<@m.details items=order.details/>
<@m.list items=order.lines/>
<@m.p><@m.link href=order.link>Répondre pour la commande ${order.reference}</@m.link></@m.p>
</#list>
<@m.p>Chaque lien est personnel (sans mot de passe, ne le transmettez pas)${"\xA0"}: il permet d'accepter ou de refuser chaque service, puis d'indiquer qu'il est prêt.</@m.p>
<@m.p>Pour toute question, contactez la conciergerie${"\xA0"}: ${organisationEmail}, ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
