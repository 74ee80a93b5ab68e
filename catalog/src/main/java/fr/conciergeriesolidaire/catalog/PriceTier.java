package fr.conciergeriesolidaire.catalog;

/**
 * A band of the company offer's graduated pricing.
 *
 * @param upToEmployees the last employee priced at this rate; null for the open-ended last band
 */
public record PriceTier(Integer upToEmployees, long monthlyCentsPerEmployee) {}
