package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.programme.places.RegistrationFollowUp;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registrations of an event follow what the team does to it ({@link RegistrationFollowUp}): compared with the
 * event as they last followed it (kept on its ledger), a new version of the event may raise or lower its capacity
 * (the ledger counts with it, and the waiting list moves), cancel, postpone or move it (everyone registered or waiting
 * is told, once per version: the e-mail's key in their outbox names it), or change its end (their data's erasure
 * follows). The event editing calls {@link #eventSaved} after each save; the sweeper calls {@link #followAll}, so
 * that a save whose call was lost is followed within minutes.
 */
public final class EventFollowUp implements RegistrationFollowUp {
    /** Events that ended this long ago no longer change anything for their registrations. */
    static final Duration LOOK_BACK = Duration.ofDays(1);

    private final Events events;
    private final PlacesLedger ledgers;
    private final RegistrationStore registrations;
    private final PlaceAllocation allocation;
    private final PromptDelivery delivery;
    private final Retention retention;
    private final Clock clock;

    EventFollowUp(
            Events events,
            PlacesLedger ledgers,
            RegistrationStore registrations,
            PlaceAllocation allocation,
            PromptDelivery delivery,
            Retention retention,
            Clock clock) {
        this.events = events;
        this.ledgers = ledgers;
        this.registrations = registrations;
        this.allocation = allocation;
        this.delivery = delivery;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void eventSaved(String slug) {
        events.find(slug).ifPresent(stored -> follow(stored, clock.instant()));
    }

    /** Follows every event not over yet whose registrations followed an earlier version; how many were followed. */
    public int followAll() {
        Instant now = clock.instant();
        int followed = 0;
        for (StoredEvent stored : events.startingFrom(now.minus(LOOK_BACK))) {
            if (follow(stored, now)) {
                followed++;
            }
        }
        return followed;
    }

    /** @return false when there was nothing to follow (no registrations, or that version followed already) */
    private boolean follow(StoredEvent stored, Instant now) {
        String slug = stored.event().slug();
        Optional<Ledger> ledger = ledgers.find(slug);
        FollowedEvent current = FollowedEvent.of(stored);
        Optional<FollowedEvent> before = ledger.flatMap(Ledger::followed);
        if (ledger.isEmpty()
                || before.filter(seen -> seen.version() >= current.version()).isPresent()) {
            return false;
        }
        List<String> told = new ArrayList<>(allocation.promote(stored, now));
        Instant expiry = retention.registrationExpiry(stored.event().end().toInstant());
        Optional<Recipients.Notice> notice = before.flatMap(seen -> notice(seen, current));
        boolean ended = before.map(seen -> !seen.end().equals(current.end())).orElse(true);
        List<Registration> concerned = notice.isPresent() || ended ? registrations.ofEvent(slug) : List.of();
        for (Registration registration : concerned) {
            if (notice.isPresent()
                    && registrations.notify(
                            registration.reference(), Recipients.notice(notice.get(), stored.version()), true, now)) {
                told.add(registration.reference());
            }
            if (ended) {
                registrations.expireAt(registration.reference(), expiry);
            }
        }
        ledgers.follow(slug, current, expiry);
        delivery.send(told);
        return true;
    }

    /** What people registered must be told of, going from the event as followed to the event now. */
    static Optional<Recipients.Notice> notice(FollowedEvent before, FollowedEvent now) {
        if (before.takesPlace() && !now.takesPlace()) {
            return Optional.of(
                    now.status().equals("postponed") ? Recipients.Notice.POSTPONED : Recipients.Notice.CANCELLED);
        }
        if (now.takesPlace() && (!before.takesPlace() || now.movedFrom(before))) {
            return Optional.of(Recipients.Notice.MOVED);
        }
        return Optional.empty();
    }
}
