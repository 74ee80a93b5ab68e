package fr.conciergeriesolidaire.catalog;

/** The contents of offer.yaml. */
public record Offer(CompanyOffer company, ResidentOffer residents) {}
