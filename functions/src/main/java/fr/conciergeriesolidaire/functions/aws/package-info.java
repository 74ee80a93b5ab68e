/**
 * The AWS side of the functions: the environment template.yaml sets, the clients built once, and the DynamoDB and SES
 * implementations of the interfaces the domain owns (outbox, rate limit, mailer) with the conditional writes that
 * store a record once. Only this package builds SDK clients; features use it from their wiring and their store.
 */
package fr.conciergeriesolidaire.functions.aws;
