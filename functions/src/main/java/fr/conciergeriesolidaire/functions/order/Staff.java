package fr.conciergeriesolidaire.functions.order;

/**
 * A member of the team changing an order, as its audit trail records them: their id, and their name at the time (the
 * back-office's authorizer gives both).
 */
public record Staff(String memberId, String name) {}
