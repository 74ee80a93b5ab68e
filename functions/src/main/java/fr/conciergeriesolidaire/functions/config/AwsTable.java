package fr.conciergeriesolidaire.functions.config;

import java.util.Optional;
import java.util.function.Function;

/**
 * How a form feature finds its table and its rate limit in the environment template.yaml sets. Each variable is
 * read by a lambda naming it as a constant, so the deployment checks can find every variable the code reads in
 * its bytecode.
 *
 * @param tableName reads the variable naming the feature's table (its records carry their e-mails' states)
 * @param keyAttribute that table's partition key
 * @param rateLimitOverride reads the variable that may override {@code defaultRateLimit} (submissions per window)
 */
public record AwsTable(
        Function<Environment, String> tableName,
        String keyAttribute,
        Function<Environment, Optional<String>> rateLimitOverride,
        int defaultRateLimit) {}
