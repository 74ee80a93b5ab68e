/**
 * The order feature: {@code POST /api/orders} and its confirmation page, the orders' e-mails (stream notifier, sweeper),
 * an order's life after it is taken ({@link fr.conciergeriesolidaire.functions.order.OrderLife}), the partners' lines
 * and private links. Handlers translate, {@link fr.conciergeriesolidaire.functions.order.OrderService} takes the order,
 * {@link fr.conciergeriesolidaire.functions.order.OrderStore} keeps it, {@link
 * fr.conciergeriesolidaire.functions.order.OrderWiring} builds it all for AWS. Depends on the shared packages only;
 * its screens ({@code order.board}, {@code order.partner}) depend on it, no other feature does.
 */
package fr.conciergeriesolidaire.functions.order;
