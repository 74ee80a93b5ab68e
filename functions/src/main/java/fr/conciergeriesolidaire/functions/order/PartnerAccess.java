package fr.conciergeriesolidaire.functions.order;

/**
 * What a partner's link opens: that partner, as the one the link was given to, and the order it came with.
 *
 * @param tokenHash the stored key of the link, to which its page's forms are bound
 */
public record PartnerAccess(String partnerId, String reference, String tokenHash) {}
