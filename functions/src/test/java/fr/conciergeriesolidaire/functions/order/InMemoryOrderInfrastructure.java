package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.idempotency.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKey;
import fr.conciergeriesolidaire.functions.idempotency.References;
import fr.conciergeriesolidaire.functions.submission.FeatureInfrastructure;
import fr.conciergeriesolidaire.functions.submission.FormInfrastructure;
import fr.conciergeriesolidaire.functions.testing.InMemoryForms;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order feature's ports held in memory, for handler tests that check translation (events in, responses
 * out) without a database. Storage behaviour itself is tested against dynalite in the *IT classes.
 */
final class InMemoryOrderInfrastructure implements FeatureInfrastructure<OrderStore> {
    private final InMemoryForms form = new InMemoryForms();
    private final Map<String, StoredOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    Map<String, StoredOrder> stored() {
        return orders;
    }

    @Override
    public FormInfrastructure form() {
        return form;
    }

    @Override
    public OrderStore store() {
        return new OrderStore() {
            @Override
            public Placement place(OrderRequest request, IdempotencyKey key, Instant now) {
                String reference = new References(form.hash()).candidate(key, 0);
                String previous = fingerprints.putIfAbsent(reference, key.fingerprint());
                if (previous != null && !previous.equals(key.fingerprint())) {
                    throw new IdempotencyConflictException();
                }
                StoredOrder order = orders.computeIfAbsent(
                        reference, created -> new StoredOrder(created, now, request, Map.of(), false));
                return new Placement(order, previous == null);
            }

            @Override
            public Optional<StoredOrder> find(String reference) {
                return Optional.ofNullable(orders.get(reference));
            }
        };
    }
}
