package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.places.EventPlaces;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who gets the places of an event, with no transaction: the ledger decides, in one conditional update naming the
 * registration, and the registration follows it.
 *
 * <p>The order of writes, and what a crash between them leaves:
 *
 * <ol>
 *   <li>the registration is written PENDING (in the sweeper's view after a grace period): a crash here leaves it
 *       pending, not on the ledger;
 *   <li>the ledger holds its places, or puts it at the end of the waiting list: the update's condition names it, so
 *       a retry finds it there and never counts it twice; a crash here leaves the ledger ahead of the registration;
 *   <li>the registration becomes CONFIRMED or WAITING, on condition that it was pending, with its e-mail.
 * </ol>
 *
 * Whoever finds a pending registration (the person registering again, the table's stream, the sweeper) runs the same
 * steps ({@link #reconcile}): the ledger's answer for it is read back, never made twice. Cancelling goes the other
 * way: the registration first (CANCELLED, in the sweeper's view), then the ledger gives its places back, then the
 * waiting list moves; a crash leaves a cancelled registration still on the ledger, which the sweeper takes off. A
 * promotion too puts the waiting registration in the sweeper's view before the ledger moves it to the holders, then
 * confirms it: a crash between leaves a waiting registration the ledger holds, which the sweeper confirms.
 *
 * <p>Newcomers never pass the waiting list: a take is conditioned on nobody waiting. When places free up, the first
 * people on the list whose places fit are confirmed, in the order they joined it.
 */
final class PlaceAllocation {
    /** Rounds of read-then-write under contention on one ledger: each round, someone's update wins. */
    private static final int ROUNDS = 64;

    private final RegistrationStore registrations;
    private final PlacesLedger ledgers;
    private final PublicPages pages;
    private final Retention retention;
    private final Duration sweeperGrace;

    /** @param sweeperGrace how long the sweeper leaves a promotion under way to the request making it */
    PlaceAllocation(
            RegistrationStore registrations,
            PlacesLedger ledgers,
            PublicPages pages,
            Retention retention,
            Duration sweeperGrace) {
        this.registrations = registrations;
        this.ledgers = ledgers;
        this.pages = pages;
        this.retention = retention;
        this.sweeperGrace = sweeperGrace;
    }

    /** Gives a pending registration its places, or a place on the waiting list; idempotent. */
    Allocation complete(Registration pending, StoredEvent stored, Instant now) {
        String slug = stored.event().slug();
        String reference = pending.reference();
        List<String> promoted = new ArrayList<>();
        Ledger ledger = following(stored, now, promoted);
        boolean decided = false;
        for (int round = 0; round < ROUNDS && !decided; round++) {
            if (ledger.holds(reference) || ledger.waits(reference)) {
                decided = true;
            } else if (stored.event().status() != EventStatus.FULL && taken(stored, pending, now)) {
                return new Allocation(registrations.confirm(reference, now), Optional.empty(), promoted);
            } else {
                Optional<LedgerChange> queued = ledgers.queue(slug, reference, pending.places());
                decided = queued.isPresent();
                ledger = queued.map(LedgerChange::after).orElseGet(() -> read(slug));
            }
        }
        if (!decided) {
            throw new IllegalStateException("No decision on the ledger of " + slug + " after " + ROUNDS + " rounds");
        }
        if (ledger.waits(reference) && ledger.firstWaitingThatFits().isPresent()) {
            // Places are left that the waiting list may take (a capacity just raised, a race lost to a release).
            promoted.addAll(promote(stored, now));
            ledger = read(slug);
        }
        if (ledger.holds(reference)) {
            promoted.remove(reference);
            return new Allocation(registrations.confirm(reference, now), Optional.empty(), promoted);
        }
        int position = ledger.places().position(reference).orElseThrow();
        Registration waiting = registrations.waitFor(reference, position, now);
        return new Allocation(waiting, Optional.of(position), promoted);
    }

    /** Confirms the first on the waiting list whose places fit, again and again; their references. */
    List<String> promote(StoredEvent stored, Instant now) {
        ProgrammeEvent event = stored.event();
        List<String> promoted = new ArrayList<>();
        if (!event.status().takesPlace()
                || event.status() == EventStatus.FULL
                || !now.isBefore(event.start().toInstant())) {
            return promoted;
        }
        Optional<Ledger> found = ledgers.find(event.slug());
        if (found.isEmpty()) {
            return promoted;
        }
        Ledger ledger = found.get();
        for (int round = 0; round < ROUNDS + ledger.places().waiting().size(); round++) {
            ledger = inStep(ledger, event.capacity(), now);
            Optional<EventPlaces.Waiting> next = ledger.firstWaitingThatFits();
            if (next.isEmpty()) {
                return promoted;
            }
            // Watched first: should the request stop once the ledger moved them, the sweeper confirms them.
            registrations.watch(next.get().reference(), now.plus(sweeperGrace));
            Optional<LedgerChange> moved = ledgers.promote(event.slug(), ledger.capacity(), next.get());
            if (moved.isEmpty()) {
                ledger = read(event.slug());
                continue;
            }
            published(moved.get(), event.slug(), now);
            ledger = moved.get().after();
            Registration confirmed = registrations.confirm(next.get().reference(), now);
            if (confirmed.status() == RegistrationStatus.CANCELLED) {
                // They cancelled while waiting and the ledger had not let them go yet: it does now.
                ledger = giveBack(ledger, now, next.get().reference());
            } else {
                promoted.add(next.get().reference());
            }
        }
        return promoted;
    }

    /**
     * Brings a registration and the ledger in step after whatever stopped a request short (the stream and the
     * sweeper call it): a pending one is completed, a waiting one the ledger already holds is confirmed, a cancelled
     * one still on the ledger is taken off and the waiting list moves. The references confirmed from the waiting list.
     */
    List<String> reconcile(Registration registration, StoredEvent stored, Instant now) {
        String reference = registration.reference();
        switch (registration.status()) {
            case PENDING -> {
                Allocation allocation = complete(registration, stored, now);
                return allocation.promoted();
            }
            case WAITING -> {
                Optional<Ledger> ledger = ledgers.find(stored.event().slug());
                if (ledger.isPresent() && ledger.get().holds(reference)) {
                    registrations.confirm(reference, now);
                    return List.of(reference);
                }
                return promote(stored, now);
            }
            case CANCELLED -> {
                return cancelled(registration, stored, now);
            }
            default -> {
                return List.of();
            }
        }
    }

    /** After a registration was cancelled: its places go back, and the waiting list moves; the references promoted. */
    List<String> cancelled(Registration registration, StoredEvent stored, Instant now) {
        Optional<Ledger> ledger = ledgers.find(stored.event().slug());
        if (ledger.isPresent()) {
            giveBack(ledger.get(), now, registration.reference());
        }
        return promote(stored, now);
    }

    /** The ledger of the event, opened if need be, counting with the event's capacity (the waiting list moves first). */
    private Ledger following(StoredEvent stored, Instant now, List<String> promoted) {
        ProgrammeEvent event = stored.event();
        Ledger ledger = ledgers.find(event.slug())
                .orElseGet(() -> ledgers.open(
                        event.slug(),
                        event.capacity(),
                        FollowedEvent.of(stored),
                        retention.registrationExpiry(event.end().toInstant())));
        if (!Objects.equals(ledger.capacity(), event.capacity())) {
            inStep(ledger, event.capacity(), now);
            promoted.addAll(promote(stored, now));
            ledger = read(event.slug());
        }
        return ledger;
    }

    /** The ledger counting with {@code capacity}: resized if it counted with another one. */
    private Ledger inStep(Ledger ledger, Integer capacity, Instant now) {
        Ledger current = ledger;
        for (int round = 0; round < ROUNDS && !Objects.equals(current.capacity(), capacity); round++) {
            Optional<LedgerChange> resized = ledgers.resize(current, capacity);
            if (resized.isPresent()) {
                published(resized.get(), current.places().slug(), now);
                current = resized.get().after();
            } else {
                current = read(current.places().slug());
            }
        }
        return current;
    }

    private boolean taken(StoredEvent stored, Registration pending, Instant now) {
        Optional<LedgerChange> taken =
                ledgers.take(stored.event().slug(), stored.event().capacity(), pending.reference(), pending.places());
        taken.ifPresent(change -> published(change, stored.event().slug(), now));
        return taken.isPresent();
    }

    private Ledger giveBack(Ledger seen, Instant now, String reference) {
        Ledger ledger = seen;
        for (int round = 0; round < ROUNDS && (ledger.holds(reference) || ledger.waits(reference)); round++) {
            Optional<LedgerChange> released = ledgers.release(ledger, reference);
            if (released.isPresent()) {
                published(released.get(), ledger.places().slug(), now);
                ledger = released.get().after();
            } else {
                ledger = read(ledger.places().slug());
            }
        }
        return ledger;
    }

    private void published(LedgerChange change, String event, Instant now) {
        if (change.fullnessChanged()) {
            pages.fullnessChanged(event, now);
        }
    }

    private Ledger read(String event) {
        return ledgers.find(event).orElseThrow(() -> new IllegalStateException("No ledger for " + event));
    }
}
