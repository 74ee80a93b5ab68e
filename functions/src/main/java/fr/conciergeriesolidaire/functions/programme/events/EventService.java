package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.audit.AuditTrail;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.programme.ProgrammePublication;
import fr.conciergeriesolidaire.functions.programme.proposals.ProposalEvents;
import fr.conciergeriesolidaire.functions.programme.proposals.StoredProposal;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.EventRules;
import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.programme.event.EventText;
import fr.conciergeriesolidaire.programme.event.FieldProblems;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.event.Revisions;
import fr.conciergeriesolidaire.programme.places.TakenPlaces;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The programme's events in the team's hands, step by step: each change is checked by the event's own rules (those of
 * the site's Markdown reader), then by what the stored event allows (the neighbourhoods the member serves, the places
 * already taken), then written once, conditionally on the version the member saw; then the site is asked to publish
 * again and the change is written in the audit trail. The calendar's revision number moves with the changes people
 * must hear of ({@link Revisions}).
 */
public final class EventService {
    private static final System.Logger LOG = System.getLogger(EventService.class.getName());
    /** The list shows the events of the last two months too: what just happened, for a follow-up. */
    static final Duration RECENT = Duration.ofDays(60);

    private static final int TRAIL = 20;
    /** A valid identifier the rules check a new event under, before its own is made from its day and title. */
    private static final String DRAFT_SLUG = "nouvelle-animation";

    private static final int MAX_SLUG_ATTEMPTS = 20;
    /** The statuses the edit form offers besides the event's own: a postponement and a cancellation have their pages. */
    private static final Set<EventStatus> OFFERED = Set.of(EventStatus.SCHEDULED, EventStatus.FULL);

    /**
     * A change that is stored.
     *
     * @param published whether the site was asked to publish it (else the next change or the night will)
     * @param replay the very same new event was already stored (a form sent twice): nothing more was written
     */
    public record Saved(StoredEvent event, boolean published, boolean replay) {}

    /** One neighbourhood's events: to come (or under way), earliest first; then the recent past, latest first. */
    public record NeighbourhoodEvents(
            Neighbourhood neighbourhood, List<StoredEvent> upcoming, List<StoredEvent> past) {}

    private final EventStore store;
    private final EventRules rules;
    private final Neighbourhoods neighbourhoods;
    private final TakenPlaces takenPlaces;
    private final ProposalEvents proposals;
    private final ProgrammePublication publication;
    private final AuditTrail audit;
    private final Clock clock;

    EventService(
            EventStore store,
            EventRules rules,
            Neighbourhoods neighbourhoods,
            TakenPlaces takenPlaces,
            ProposalEvents proposals,
            ProgrammePublication publication,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.rules = rules;
        this.neighbourhoods = neighbourhoods;
        this.takenPlaces = takenPlaces;
        this.proposals = proposals;
        this.publication = publication;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param only one neighbourhood's events, or every one the member serves
     * @throws fr.conciergeriesolidaire.functions.access.AccessDeniedException for a neighbourhood they do not serve
     */
    public List<NeighbourhoodEvents> list(SignedInMember member, Optional<String> only) {
        only.ifPresent(neighbourhood -> neighbourhoods.require(member, neighbourhood));
        Instant now = clock.instant();
        return neighbourhoods.servedBy(member).stream()
                .filter(neighbourhood -> only.map(neighbourhood.id()::equals).orElse(true))
                .map(neighbourhood -> {
                    List<StoredEvent> events = store.inNeighbourhoodFrom(neighbourhood.id(), now.minus(RECENT));
                    return new NeighbourhoodEvents(
                            neighbourhood,
                            events.stream()
                                    .filter(stored -> isUpcoming(stored, now))
                                    .toList(),
                            events.stream()
                                    .filter(stored -> !isUpcoming(stored, now))
                                    .sorted(Comparator.comparing((StoredEvent stored) ->
                                                    stored.event().start())
                                            .reversed())
                                    .toList());
                })
                .toList();
    }

    /**
     * @throws NoSuchRecordException for an unknown slug (404)
     * @throws fr.conciergeriesolidaire.functions.access.AccessDeniedException for another neighbourhood's event (403)
     */
    public StoredEvent find(SignedInMember member, String slug) {
        StoredEvent stored = store.find(slug).orElseThrow(NoSuchRecordException::new);
        neighbourhoods.require(member, stored.event().neighbourhood());
        return stored;
    }

    /** What was done to the event, newest first. */
    public List<AuditEntry> trail(String slug) {
        return audit.latest(subject(slug), TRAIL);
    }

    /** The proposal a new event's form starts from (404, 403 as {@link #find}). */
    public StoredProposal proposal(SignedInMember member, String reference) {
        return proposals.startingPoint(member, reference);
    }

    /**
     * A new event, under a new slug; made from a proposal, the proposal is then accepted and linked to it.
     *
     * @throws InvalidInputException for a wrong field, each in the member's words
     */
    public Saved create(SignedInMember member, SubmittedFields fields) {
        EventDraft draft = EventForm.read(fields);
        Map<String, String> values = new HashMap<>(draft.fields());
        // A new event is scheduled: a postponement or a cancellation is a change of an event people know of.
        values.remove(EventFields.STATUS);
        ProgrammeEvent checked = check(DRAFT_SLUG, values, draft.body(), draft);
        neighbourhoods.require(member, checked.neighbourhood());
        Optional<StoredProposal> proposal = draft.proposal().map(reference -> proposal(member, reference));
        Instant now = clock.instant();
        for (int attempt = 0; attempt < MAX_SLUG_ATTEMPTS; attempt++) {
            ProgrammeEvent event = check(EventSlugs.candidate(checked, attempt), values, draft.body(), draft);
            if (store.insert(event, now)) {
                StoredEvent stored = new StoredEvent(event, 1, now);
                proposal.ifPresent(origin -> link(member, origin, event.slug()));
                return saved(member, stored, "audit.event.created", "", now);
            }
            Optional<StoredEvent> taken = store.find(event.slug());
            if (taken.isPresent() && taken.get().event().equals(event)) {
                // The same form sent twice (double click, a retry): the event is there, once.
                proposal.ifPresent(origin -> link(member, origin, event.slug()));
                return new Saved(taken.get(), false, true);
            }
        }
        throw new IllegalStateException("No free slug after " + MAX_SLUG_ATTEMPTS + " candidates");
    }

    /**
     * Every field of the event, as the edit form sends it.
     *
     * @throws InvalidInputException for a wrong field, a status the form does not offer, or a capacity below the
     *     places already taken
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException changed by someone else meanwhile
     */
    public Saved change(SignedInMember member, String slug, SubmittedFields fields) {
        StoredEvent current = find(member, slug);
        EventDraft draft = EventForm.read(fields);
        ProgrammeEvent before = current.event();
        Map<String, String> values = new HashMap<>(draft.fields());
        values.putIfAbsent(EventFields.STATUS, before.status().headerValue());
        // An unknown status is the rules' to report; one the form does not offer is this change's.
        Optional<EventStatus> status = EventStatus.fromHeader(values.get(EventFields.STATUS));
        if (status.isPresent() && !OFFERED.contains(status.get()) && status.get() != before.status()) {
            draft.errors().add(EventFields.STATUS, "eventForm.eventStatus.notOffered");
        }
        if (status.equals(Optional.of(EventStatus.RESCHEDULED)) && before.previousStart() != null) {
            values.put(EventFields.PREVIOUS_START, local(before.previousStart()));
        }
        values.put(EventFields.SEQUENCE, Integer.toString(before.sequence()));
        ProgrammeEvent event = check(slug, values, draft.body(), draft);
        neighbourhoods.require(member, event.neighbourhood());
        requirePlacesFor(event, draft);
        return replace(
                member,
                before,
                event,
                draft,
                "audit.event.changed",
                event.status().headerValue());
    }

    /**
     * Moves the event to a new date (status "rescheduled", its first date kept for the public), or, without a new
     * date, marks it postponed until one is known.
     *
     * @throws InvalidInputException for a wrong date, only one of the two, or the date it already has
     */
    public Saved postpone(SignedInMember member, String slug, SubmittedFields fields) {
        StoredEvent current = find(member, slug);
        EventDraft draft = EventForm.readPostponement(fields);
        ProgrammeEvent before = current.event();
        Map<String, String> values = withNewStatusNote(before, draft);
        Optional<String> start = Optional.ofNullable(draft.fields().get(EventFields.START));
        Optional<String> end = Optional.ofNullable(draft.fields().get(EventFields.END));
        if (start.isPresent() != end.isPresent()) {
            draft.errors().add(start.isPresent() ? EventFields.END : EventFields.START, "eventForm.postpone.bothDates");
        }
        if (start.isPresent() && end.isPresent()) {
            values.put(EventFields.STATUS, EventStatus.RESCHEDULED.headerValue());
            // The date people first noted stays the one the page recalls, however many times it moves.
            values.put(
                    EventFields.PREVIOUS_START,
                    local(Optional.ofNullable(before.previousStart()).orElse(before.start())));
            values.put(EventFields.START, start.get());
            values.put(EventFields.END, end.get());
        } else {
            values.put(EventFields.STATUS, EventStatus.POSTPONED.headerValue());
        }
        ProgrammeEvent event = check(slug, values, before.description(), draft);
        if (event.status() == EventStatus.RESCHEDULED
                && event.start().toInstant().equals(before.start().toInstant())) {
            draft.errors().add(EventFields.START, "eventForm.postpone.sameDate");
            draft.errors().throwIfAny();
        }
        return replace(
                member,
                before,
                event,
                draft,
                "audit.event.postponed",
                event.status().headerValue());
    }

    /**
     * Cancels the event, with the message its page shows.
     *
     * @throws ChangeRefusedException when it is cancelled already (409)
     */
    public Saved cancel(SignedInMember member, String slug, SubmittedFields fields) {
        StoredEvent current = find(member, slug);
        EventDraft draft = EventForm.readCancellation(fields);
        ProgrammeEvent before = current.event();
        if (before.status() == EventStatus.CANCELLED) {
            throw new ChangeRefusedException("eventForm.cancel.already");
        }
        Map<String, String> values = withNewStatusNote(before, draft);
        values.put(EventFields.STATUS, EventStatus.CANCELLED.headerValue());
        ProgrammeEvent event = check(slug, values, before.description(), draft);
        return replace(member, before, event, draft, "audit.event.cancelled", "");
    }

    /**
     * The event's fields as stored, for a new status: without the former date (only the status "rescheduled" has one,
     * and a postponement sets it again) and with the message of this change, or none.
     */
    private static Map<String, String> withNewStatusNote(ProgrammeEvent before, EventDraft draft) {
        Map<String, String> values = EventText.fields(before);
        values.remove(EventFields.PREVIOUS_START);
        values.remove(EventFields.STATUS_NOTE);
        Optional.ofNullable(draft.fields().get(EventFields.STATUS_NOTE))
                .ifPresent(note -> values.put(EventFields.STATUS_NOTE, note));
        return values;
    }

    /** The event's fields and text checked by its rules, joined to the problems the form found while reading. */
    private ProgrammeEvent check(String slug, Map<String, String> values, String body, EventDraft draft) {
        FieldProblems problems = new FieldProblems();
        Optional<ProgrammeEvent> event = rules.check(slug, values, body, problems);
        EventProblems.addTo(draft.errors(), problems);
        draft.errors().throwIfAny();
        return event.orElseThrow();
    }

    private Saved replace(
            SignedInMember member,
            ProgrammeEvent before,
            ProgrammeEvent after,
            EventDraft draft,
            String action,
            String detail) {
        if (draft.seenVersion() <= 0) {
            throw InvalidInputException.of(EventFormFields.VERSION, "programme.version.invalid");
        }
        Instant now = clock.instant();
        StoredEvent stored = store.replace(Revisions.revised(before, after), draft.seenVersion(), now);
        return saved(member, stored, action, detail, now);
    }

    /** After the write: the publish asked for, the trail written. Neither undoes the change when it fails. */
    private Saved saved(SignedInMember member, StoredEvent stored, String action, String detail, Instant now) {
        boolean published = publication.ask(now);
        try {
            audit.record(new AuditEntry(
                    subject(stored.event().slug()), now, member.memberId(), member.name(), action, detail));
        } catch (RuntimeException lost) {
            LOG.log(
                    Level.WARNING,
                    "Audit entry of an event change not written: {0}",
                    lost.getClass().getSimpleName());
        }
        return new Saved(stored, published, false);
    }

    /** Never below the places registrations already hold: they would be turned away. */
    private void requirePlacesFor(ProgrammeEvent event, EventDraft draft) {
        if (event.capacity() == null) {
            return;
        }
        int taken = takenPlaces.of(event.slug());
        if (event.capacity() < taken) {
            draft.errors().add(EventFields.CAPACITY, "eventForm.capacity.belowTaken", taken);
            draft.errors().throwIfAny();
        }
    }

    private void link(SignedInMember member, StoredProposal proposal, String slug) {
        try {
            if (!proposals.turnedInto(member, proposal.reference(), slug)) {
                LOG.log(Level.INFO, "Proposal {0} already turned into another event", proposal.reference());
            }
        } catch (RuntimeException notLinked) {
            // The event is stored: the proposal's page still offers to make one, and the same form again links it.
            LOG.log(
                    Level.WARNING,
                    "Proposal {0} not linked to its event: {1}",
                    proposal.reference(),
                    notLinked.getClass().getSimpleName());
        }
    }

    private static boolean isUpcoming(StoredEvent stored, Instant now) {
        return stored.event().end().toInstant().isAfter(now);
    }

    private static String local(ZonedDateTime time) {
        return time.toLocalDateTime().toString();
    }

    private static String subject(String slug) {
        return "event:" + slug;
    }
}
