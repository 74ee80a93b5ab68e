/**
 * The order feature: {@code POST /api/orders} and its confirmation page, the orders' e-mails (stream notifier, sweeper).
 * Handlers translate, {@link fr.conciergeriesolidaire.functions.order.OrderService} takes the order,
 * {@link fr.conciergeriesolidaire.functions.order.OrderStore} keeps it, {@link fr.conciergeriesolidaire.functions.order.OrderWiring}
 * builds it all for AWS. Depends on the shared packages only; nothing depends on it.
 */
package fr.conciergeriesolidaire.functions.order;
