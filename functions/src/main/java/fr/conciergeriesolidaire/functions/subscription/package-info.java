/**
 * The company sign-up feature: {@code POST /api/subscriptions} and its confirmation page, the sign-ups' e-mails.
 * Same shape as {@code order}: handlers, {@code SubscriptionService}, {@code SubscriptionStore} and its DynamoDB
 * implementation, {@code SubscriptionWiring}. Depends on the shared packages only; nothing depends on it.
 */
package fr.conciergeriesolidaire.functions.subscription;
