package fr.conciergeriesolidaire.functions.config;

/**
 * How a form feature finds its table and its rate limit in the environment template.yaml sets.
 *
 * @param tableVariable the variable naming the feature's table (its records carry their e-mails' states)
 * @param keyAttribute that table's partition key
 * @param rateLimitVariable the variable that may override {@code defaultRateLimit} (submissions per window)
 */
public record AwsTable(String tableVariable, String keyAttribute, String rateLimitVariable, int defaultRateLimit) {}
