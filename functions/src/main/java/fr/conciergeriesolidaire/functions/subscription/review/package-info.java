/**
 * The team's review of company sign-ups (back-office screens of the {@code subscription} feature): the list by status,
 * a sign-up's page with its details, notes and trail, and its changes through {@code SubscriptionLife}, each on the
 * version the member saw. Depends on {@code subscription} and the shared packages; {@code subscription} does not
 * depend on it.
 */
package fr.conciergeriesolidaire.functions.subscription.review;
