/**
 * The team's screens of the orders (issue 13): the board of orders by day and counter, an order's page with its audit
 * trail and the changes its state allows, and the printable round sheet of a counter's day. Part of the order feature:
 * it reads and changes orders through {@code order}'s store and {@code OrderLife}, on the back-office's kernel
 * ({@code access}, {@code screens}); a concierge ({@code Role.COUNTER}) sees only the orders of their counters.
 */
package fr.conciergeriesolidaire.functions.order.board;
