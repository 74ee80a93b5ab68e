package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.places.EventPlaces;
import fr.conciergeriesolidaire.programme.places.PlacesItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledgers of places in memory for handler tests, each change under the same condition as the DynamoDB ledger's
 * (tested against dynalite by the ITs).
 */
final class InMemoryLedger implements PlacesLedger {
    private final Map<String, Ledger> ledgers = new HashMap<>();

    @Override
    public synchronized Optional<Ledger> find(String event) {
        return Optional.ofNullable(ledgers.get(event));
    }

    @Override
    public synchronized Ledger open(String event, Integer capacity, FollowedEvent followed, Instant expiresAt) {
        return ledgers.computeIfAbsent(
                event, slug -> new Ledger(EventPlaces.none(slug), capacity, capacity, Optional.of(followed)));
    }

    @Override
    public synchronized Optional<LedgerChange> take(String event, Integer capacity, String reference, int places) {
        Ledger ledger = ledgers.get(event);
        if (ledger == null
                || !Objects.equals(ledger.capacity(), capacity)
                || ledger.holds(reference)
                || ledger.waits(reference)
                || !ledger.places().waiting().isEmpty()
                || (ledger.free() != null && ledger.free() < places)) {
            return Optional.empty();
        }
        Map<String, Integer> holders = new HashMap<>(ledger.places().holders());
        holders.put(reference, places);
        return Optional.of(LedgerChange.took(
                put(
                        ledger,
                        ledger.places().taken() + places,
                        holders,
                        ledger.places().waiting(),
                        -places),
                places));
    }

    @Override
    public synchronized Optional<LedgerChange> queue(String event, String reference, int places) {
        Ledger ledger = ledgers.get(event);
        if (ledger == null || ledger.holds(reference) || ledger.waits(reference)) {
            return Optional.empty();
        }
        List<EventPlaces.Waiting> waiting = new ArrayList<>(ledger.places().waiting());
        long number = waiting.stream()
                        .mapToLong(entry -> entry.ticket() / PlacesItem.TICKET_STEP)
                        .max()
                        .orElse(0)
                + 1;
        waiting.add(new EventPlaces.Waiting(reference, number * PlacesItem.TICKET_STEP + places, places));
        return Optional.of(new LedgerChange(
                put(ledger, ledger.places().taken(), ledger.places().holders(), waiting, 0), false));
    }

    @Override
    public synchronized Optional<LedgerChange> release(Ledger seen, String reference) {
        Ledger ledger = ledgers.get(seen.places().slug());
        List<EventPlaces.Waiting> waiting = new ArrayList<>(ledger.places().waiting());
        if (waiting.removeIf(entry -> entry.reference().equals(reference))) {
            return Optional.of(new LedgerChange(
                    put(ledger, ledger.places().taken(), ledger.places().holders(), waiting, 0), false));
        }
        Map<String, Integer> holders = new HashMap<>(ledger.places().holders());
        Integer places = holders.remove(reference);
        if (places == null) {
            return Optional.empty();
        }
        return Optional.of(
                LedgerChange.took(put(ledger, ledger.places().taken() - places, holders, waiting, places), -places));
    }

    @Override
    public synchronized Optional<LedgerChange> promote(String event, Integer capacity, EventPlaces.Waiting entry) {
        Ledger ledger = ledgers.get(event);
        if (!ledger.places().waiting().contains(entry)
                || !Objects.equals(ledger.capacity(), capacity)
                || (ledger.free() != null && ledger.free() < entry.places())) {
            return Optional.empty();
        }
        List<EventPlaces.Waiting> waiting = new ArrayList<>(ledger.places().waiting());
        waiting.remove(entry);
        Map<String, Integer> holders = new HashMap<>(ledger.places().holders());
        holders.put(entry.reference(), entry.places());
        return Optional.of(LedgerChange.took(
                put(ledger, ledger.places().taken() + entry.places(), holders, waiting, -entry.places()),
                entry.places()));
    }

    @Override
    public synchronized Optional<LedgerChange> resize(Ledger seen, Integer capacity) {
        Ledger ledger = ledgers.get(seen.places().slug());
        if (!Objects.equals(ledger.capacity(), seen.capacity())) {
            return Optional.empty();
        }
        Ledger resized = new Ledger(
                ledger.places(),
                capacity,
                capacity == null ? null : capacity - ledger.places().taken(),
                ledger.followed());
        ledgers.put(seen.places().slug(), resized);
        return Optional.of(new LedgerChange(resized, resized.isFull() != ledger.isFull()));
    }

    @Override
    public synchronized void follow(String event, FollowedEvent followed, Instant expiresAt) {
        Ledger ledger = ledgers.get(event);
        ledgers.put(event, new Ledger(ledger.places(), ledger.capacity(), ledger.free(), Optional.of(followed)));
    }

    private Ledger put(
            Ledger ledger, int taken, Map<String, Integer> holders, List<EventPlaces.Waiting> waiting, int freed) {
        Ledger changed = new Ledger(
                new EventPlaces(ledger.places().slug(), taken, holders, waiting),
                ledger.capacity(),
                ledger.free() == null ? null : ledger.free() + freed,
                ledger.followed());
        ledgers.put(ledger.places().slug(), changed);
        return changed;
    }
}
