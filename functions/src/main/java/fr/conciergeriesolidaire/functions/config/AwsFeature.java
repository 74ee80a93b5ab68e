package fr.conciergeriesolidaire.functions.config;

import fr.conciergeriesolidaire.functions.submission.FeatureInfrastructure;
import fr.conciergeriesolidaire.functions.submission.FormInfrastructure;
import java.util.function.BiFunction;

/**
 * A form feature on AWS: the shared parts on its table, and its store, built on first use (a function that never
 * stores, such as a confirmation page, never needs the hash secret the store's writes use).
 */
public final class AwsFeature<S> implements FeatureInfrastructure<S> {
    private final AwsParts parts;
    private final String tableVariable;
    private final BiFunction<AwsParts, String, S> storeFactory;
    private final FormInfrastructure form;
    private S store;

    /**
     * @param tableVariable the variable naming the feature's table (its records carry their e-mails' states)
     * @param keyAttribute that table's partition key
     * @param rateLimitVariable the variable that may override {@code defaultRateLimit} (submissions per window)
     * @param storeFactory the store, from the parts and the table's name
     */
    public AwsFeature(
            AwsParts parts,
            String tableVariable,
            String keyAttribute,
            String rateLimitVariable,
            int defaultRateLimit,
            BiFunction<AwsParts, String, S> storeFactory) {
        this.parts = parts;
        this.tableVariable = tableVariable;
        this.storeFactory = storeFactory;
        this.form = new AwsFormInfrastructure(parts, tableVariable, keyAttribute, rateLimitVariable, defaultRateLimit);
    }

    @Override
    public FormInfrastructure form() {
        return form;
    }

    @Override
    public synchronized S store() {
        if (store == null) {
            store = storeFactory.apply(parts, parts.table(tableVariable));
        }
        return store;
    }
}
