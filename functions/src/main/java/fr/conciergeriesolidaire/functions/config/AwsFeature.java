package fr.conciergeriesolidaire.functions.config;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.submission.FeatureInfrastructure;
import fr.conciergeriesolidaire.functions.submission.FormInfrastructure;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A form feature on AWS, configured from the function's environment: the shared parts on its table, and its store,
 * built on first use (a function that never stores, such as a confirmation page, never needs the hash secret the
 * store's writes use).
 */
public final class AwsFeature<S> implements FeatureInfrastructure<S> {
    private final AwsParts parts;
    private final AwsTable table;
    private final BiFunction<AwsParts, String, S> storeFactory;
    private final FormInfrastructure form;
    private S store;

    /** @param storeFactory the store, from the parts and the table's name */
    public AwsFeature(
            Map<String, String> environment,
            SiteData data,
            AwsTable table,
            BiFunction<AwsParts, String, S> storeFactory) {
        this.parts = new AwsParts(new Environment(environment), data);
        this.table = table;
        this.storeFactory = storeFactory;
        this.form = new AwsFormInfrastructure(parts, table);
    }

    @Override
    public FormInfrastructure form() {
        return form;
    }

    @Override
    public synchronized S store() {
        if (store == null) {
            store = storeFactory.apply(parts, parts.table(table));
        }
        return store;
    }
}
