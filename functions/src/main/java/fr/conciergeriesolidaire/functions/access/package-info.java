/**
 * Who is signed in to the back-office and what they may do, shared by every back-office feature: the {@link
 * fr.conciergeriesolidaire.functions.access.Role}s, the {@link fr.conciergeriesolidaire.functions.access.SignedInMember}
 * that the HTTP API's Lambda authorizer puts in each request ({@link
 * fr.conciergeriesolidaire.functions.access.AuthorizerContext}), the {@link
 * fr.conciergeriesolidaire.functions.access.FormGuard} of every state-changing request (Origin and CSRF token), and
 * the secret tokens of one table ({@link fr.conciergeriesolidaire.functions.access.AccessTokens}): sign-in links,
 * sessions ({@link fr.conciergeriesolidaire.functions.access.Sessions}) and, later, partners', follow-up and "Mes
 * données" links, each a random token stored only as a keyed hash. No AWS here: the DynamoDB store lives in {@code
 * aws}. Depends on {@code http}, {@code forms} and {@code records}.
 */
package fr.conciergeriesolidaire.functions.access;
