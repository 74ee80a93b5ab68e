<#-- To the team: the whole sign-up to review, with the contact person. -->
<@m.message subject="Nouvelle demande d'adhésion ${reference} – ${employees} salariés">
<@m.p>Nouvelle demande d'adhésion ${reference}, à étudier.</@m.p>
<@m.details items=details/>
<@m.h>Estimation envoyée</@m.h>
<@m.p>${quote}</@m.p>
<@m.h>Personne à contacter</@m.h>
<@m.details items=contact/>
<@m.p>Tant que cette demande n'est pas classée sans suite, une nouvelle demande pour le même SIRET et le même site est refusée et renvoie à cette référence.</@m.p>
</@m.message>
