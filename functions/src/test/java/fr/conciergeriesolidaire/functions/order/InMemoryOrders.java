package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order feature on in-memory parts, for handler tests that check translation (events in, answers out) without
 * a database. Storage itself is tested against dynalite in the *IT classes.
 */
final class InMemoryOrders implements OrderStore {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final Map<String, StoredOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    final OrderService service;

    InMemoryOrders() {
        this(CLOCK);
    }

    InMemoryOrders(Clock clock) {
        this.service = new OrderService(
                new SpamGuard(),
                new OrderValidator(PackagedSiteData.data()),
                TestParts.noRateLimit(),
                TestParts.noRateLimit(),
                new IdempotencyKeys(TestParts.HASH),
                this,
                clock);
    }

    OrderSubmissionHandler submissionHandler() {
        return new OrderSubmissionHandler(service, ClientAddress.sourceOnly());
    }

    OrderConfirmationHandler confirmationHandler() {
        return new OrderConfirmationHandler(this, OriginGate.open());
    }

    Map<String, StoredOrder> stored() {
        return orders;
    }

    @Override
    public Optional<Placement> replay(IdempotencyKey key, Instant now) {
        String reference = References.candidate(key.value(), 0);
        String fingerprint = fingerprints.get(reference);
        if (fingerprint != null && !fingerprint.equals(key.fingerprint())) {
            throw new IdempotencyConflictException();
        }
        return Optional.ofNullable(orders.get(reference)).map(order -> new Placement(order, false));
    }

    @Override
    public Placement place(OrderRequest request, IdempotencyKey key, Instant now) {
        String reference = References.candidate(key.value(), 0);
        String previous = fingerprints.putIfAbsent(reference, key.fingerprint());
        if (previous != null && !previous.equals(key.fingerprint())) {
            throw new IdempotencyConflictException();
        }
        StoredOrder order = orders.computeIfAbsent(reference, created -> StoredOrder.received(created, now, request));
        return new Placement(order, previous == null);
    }

    @Override
    public Optional<StoredOrder> find(String reference) {
        return Optional.ofNullable(orders.get(reference));
    }

    @Override
    public synchronized StoredOrder change(OrderChange change, Instant now) {
        StoredOrder order = orders.get(change.reference());
        if (order == null || order.version() != change.seenVersion()) {
            throw new VersionConflictException();
        }
        List<LineState> lines = new ArrayList<>(order.lines());
        change.lines().forEach(lines::set);
        List<HistoryEntry> history = new ArrayList<>(order.history());
        history.add(change.entry());
        StoredOrder changed = new StoredOrder(
                order.reference(),
                order.createdAt(),
                order.request(),
                change.status().orElse(order.status()),
                lines,
                order.version() + 1,
                history,
                order.deliveries(),
                order.needsAttention());
        orders.put(order.reference(), changed);
        return changed;
    }

    @Override
    public List<StoredOrder> atCounter(String counterId, LocalDate day) {
        return orders.values().stream()
                .filter(order -> order.request().counterId().equals(counterId)
                        && order.request().slot().date().equals(day))
                .sorted(Comparator.comparing(order -> order.request().slot().start()))
                .toList();
    }
}
