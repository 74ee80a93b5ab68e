<#-- To the team, when one e-mail of a record was given up: reach its reader another way. -->
<@m.message subject="À traiter${'\xA0'}: e-mail non envoyé pour ${record}">
<@m.p>L'e-mail «${"\xA0"}${failedEmail}${"\xA0"}» de ${record} n'a pas pu être envoyé après ${attempts} tentatives.</@m.p>
<@m.p>Prévenez le destinataire par un autre moyen et vérifiez le service d'envoi d'e-mails.</@m.p>
</@m.message>
