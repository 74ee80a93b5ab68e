package fr.conciergeriesolidaire.functions.order;

/**
 * What a new order is found and followed by, besides its reference: the keyed hash of the customer's address ("Mes
 * données" finds the order by it) and its follow-up link's seed.
 */
public record OrderKeys(String emailHash, FollowUpKey followUp) {}
