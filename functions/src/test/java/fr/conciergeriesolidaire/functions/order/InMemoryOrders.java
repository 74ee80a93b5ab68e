package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.outbox.RetryPolicy;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.testing.InMemoryOutbox;
import fr.conciergeriesolidaire.functions.testing.RecordingMailer;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order feature on in-memory parts, for handler tests that check translation (events in, answers out) without
 * a database. Storage itself is tested against dynalite in the *IT classes. Public for the order feature's screens
 * (order.board, order.partner), which place orders here as customers would.
 */
public final class InMemoryOrders implements OrderStore {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final Map<String, StoredOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Map<String, String> emailHashes = new ConcurrentHashMap<>();
    final FollowUpLinks followUpLinks = new FollowUpLinks(TestParts.HASH);
    final OrderService service;

    public InMemoryOrders() {
        this(CLOCK);
    }

    public InMemoryOrders(Clock clock) {
        this.clock = clock;
        this.service = new OrderService(
                new SpamGuard(),
                new OrderValidator(PackagedSiteData.data()),
                TestParts.noRateLimit(),
                TestParts.noRateLimit(),
                new IdempotencyKeys(TestParts.HASH),
                new EmailKeys(TestParts.HASH),
                this,
                clock);
    }

    OrderSubmissionHandler submissionHandler() {
        return new OrderSubmissionHandler(service, ClientAddress.sourceOnly(), followUpLinks);
    }

    OrderConfirmationHandler confirmationHandler() {
        return new OrderConfirmationHandler(this, OriginGate.open(), followUpLinks);
    }

    /** The orders' life on these orders; their e-mails go nowhere (they are tested against the emulators, *IT). */
    public OrderLife life() {
        return new OrderLife(
                this,
                new Notifier(
                        key -> Optional.empty(),
                        new InMemoryOutbox(),
                        new RecordingMailer(),
                        RetryPolicy.standard(),
                        clock),
                clock);
    }

    public Map<String, StoredOrder> stored() {
        return orders;
    }

    /**
     * An order placed as a customer would (through the service: validated, priced), on the clock given.
     *
     * @param services service id to quantity, each offered at that counter
     */
    public StoredOrder place(
            String counter, String date, String window, String firstName, Map<String, Integer> services) {
        return service.place(
                        SubmittedFields.ofJson(OrderJson.of(counter, date, window, firstName, services)), "203.0.113.1")
                .order();
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
    public Placement place(OrderRequest request, IdempotencyKey key, OrderKeys keys, Instant now) {
        String reference = References.candidate(key.value(), 0);
        String previous = fingerprints.putIfAbsent(reference, key.fingerprint());
        if (previous != null && !previous.equals(key.fingerprint())) {
            throw new IdempotencyConflictException();
        }
        StoredOrder order = orders.computeIfAbsent(
                reference, created -> StoredOrder.received(created, now, request, keys.followUp()));
        emailHashes.putIfAbsent(reference, keys.emailHash());
        return new Placement(order, previous == null);
    }

    @Override
    public Optional<StoredOrder> find(String reference) {
        return Optional.ofNullable(orders.get(reference));
    }

    @Override
    public List<StoredOrder> findAll(Collection<String> references) {
        return references.stream()
                .distinct()
                .map(orders::get)
                .filter(Objects::nonNull)
                .toList();
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
                order.needsAttention(),
                order.followUp());
        orders.put(order.reference(), changed);
        return changed;
    }

    @Override
    public List<StoredOrder> holding(String emailHash) {
        return orders.values().stream()
                .filter(order -> emailHash.equals(emailHashes.get(order.reference())))
                .toList();
    }

    /** In memory, an erased order is simply gone: what the table keeps meanwhile is tested against dynalite. */
    @Override
    public synchronized void erase(OrderErasing erasing, Instant now) {
        StoredOrder order = orders.get(erasing.reference());
        if (order == null || order.version() != erasing.seenVersion()) {
            throw new VersionConflictException();
        }
        orders.remove(erasing.reference());
        emailHashes.remove(erasing.reference());
    }

    @Override
    public boolean deleteErased(String reference) {
        return !orders.containsKey(reference);
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
