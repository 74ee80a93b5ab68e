package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.programme.places.EventPlaces;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the team's screens read, each a query on a key or an index (no scan): the events that take registrations
 * (the programme's index by start), one event's registrations (the registrations' index by event) with its waiting
 * list in order (its ledger), and the participation of past months (the figures' key by month).
 */
final class RegistrationBoard {
    /** How far back the list of events goes: the attendance of recent events is still to be marked. */
    static final Duration HISTORY = Duration.ofDays(60);

    /** An event in the list, with its places. */
    record EventLine(StoredEvent event, EventPlaces places, boolean past) {}

    /** One event's registrations: confirmed (in the order they came), waiting (in line), and how many others. */
    record EventSheet(
            StoredEvent event,
            EventPlaces places,
            List<Registration> confirmed,
            List<Registration> waiting,
            int pending,
            int cancelled,
            boolean attendanceOpen) {}

    private final Events events;
    private final RegistrationStore registrations;
    private final PlacesLedger ledgers;
    private final ParticipationFigures figures;
    private final EventAccess access;
    private final ZoneId zone;
    private final Clock clock;

    RegistrationBoard(
            Events events,
            RegistrationStore registrations,
            PlacesLedger ledgers,
            ParticipationFigures figures,
            EventAccess access,
            ZoneId zone,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.ledgers = ledgers;
        this.figures = figures;
        this.access = access;
        this.zone = zone;
        this.clock = clock;
    }

    /** The events the member may serve that take registrations, from {@link #HISTORY} ago on, earliest first. */
    List<EventLine> events(SignedInMember member) {
        member.require(Role.ADMIN, Role.TEAM, Role.COUNTER);
        Instant now = clock.instant();
        List<EventLine> lines = new ArrayList<>();
        for (StoredEvent stored : events.startingFrom(now.minus(HISTORY))) {
            if (stored.event().needsRegistration() && access.mayServe(member, stored.event())) {
                lines.add(new EventLine(
                        stored,
                        places(stored.event().slug()),
                        !stored.event().end().toInstant().isAfter(now)));
            }
        }
        return lines;
    }

    /**
     * @throws NoSuchRecordException for an unknown event
     * @throws fr.conciergeriesolidaire.functions.access.AccessDeniedException for an event the member may not serve
     */
    EventSheet event(SignedInMember member, String slug) {
        StoredEvent stored = events.find(slug).orElseThrow(NoSuchRecordException::new);
        access.check(member, stored.event());
        EventPlaces places = places(slug);
        List<Registration> all = registrations.ofEvent(slug);
        Map<String, Registration> byReference =
                all.stream().collect(Collectors.toMap(Registration::reference, Function.identity()));
        List<Registration> waiting = new ArrayList<>();
        places.waiting().stream()
                .map(entry -> byReference.get(entry.reference()))
                .filter(registration -> registration != null && registration.status() == RegistrationStatus.WAITING)
                .forEach(waiting::add);
        // Waiting ones the ledger does not list yet (a request under way) come last, as they came.
        all.stream()
                .filter(registration -> registration.status() == RegistrationStatus.WAITING)
                .filter(registration -> !waiting.contains(registration))
                .forEach(waiting::add);
        return new EventSheet(
                stored,
                places,
                all.stream()
                        .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
                        .sorted(Comparator.comparing(Registration::createdAt))
                        .toList(),
                waiting,
                count(all, RegistrationStatus.PENDING),
                count(all, RegistrationStatus.CANCELLED),
                !clock.instant().isBefore(stored.event().start().toInstant()));
    }

    /** The participation of the {@code months} months up to this one, latest first (admins and team). */
    Map<YearMonth, List<EventParticipation>> participation(SignedInMember member, int months) {
        member.require(Role.ADMIN, Role.TEAM);
        YearMonth current = YearMonth.from(clock.instant().atZone(zone));
        Map<YearMonth, List<EventParticipation>> byMonth = new LinkedHashMap<>();
        for (int back = 0; back < months; back++) {
            YearMonth month = current.minusMonths(back);
            byMonth.put(month, figures.inMonth(month));
        }
        return byMonth;
    }

    private EventPlaces places(String slug) {
        return ledgers.find(slug).map(Ledger::places).orElseGet(() -> EventPlaces.none(slug));
    }

    private static int count(List<Registration> registrations, RegistrationStatus status) {
        return (int) registrations.stream()
                .filter(registration -> registration.status() == status)
                .count();
    }
}
