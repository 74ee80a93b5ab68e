/**
 * The partners' side of the orders (issue 13), without an account: the private page each partner e-mail links to
 * ({@code /api/partenaire/{jeton}}), where a partner accepts, declines (with a reason) or marks ready its lines of that
 * order and of its other coming orders; and the digests of the partners who chose one e-mail per pickup window.
 * Part of the order feature: it reads and changes orders through {@code order}'s stores, links and {@code OrderLife}.
 */
package fr.conciergeriesolidaire.functions.order.partner;
