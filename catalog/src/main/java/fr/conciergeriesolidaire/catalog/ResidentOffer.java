package fr.conciergeriesolidaire.catalog;

/** What residents pay to use a neighbourhood counter. */
public record ResidentOffer(long membershipMonthlyCents, String landlordContribution) {}
