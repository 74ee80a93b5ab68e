package fr.conciergeriesolidaire.functions.programme.events;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.programme.RecordingPublication;
import fr.conciergeriesolidaire.functions.programme.proposals.InMemoryProposals;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.testing.InMemoryAuditTrail;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.EventRules;
import fr.conciergeriesolidaire.programme.event.FieldProblems;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The programme's screens on in-memory parts, for handler tests: the events table (with the programme's EventTable
 * rules: a put only where the slug is free, a replace only on the version seen; tested against dynalite in EventTableIT
 * and ProgrammeIT), the proposals, the audit trail, the requests to publish, and the places registrations hold.
 */
final class InMemoryEvents implements EventStore {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final SiteData DATA = PackagedSiteData.data();

    final InMemoryProposals proposals = new InMemoryProposals();
    final MutableClock clock = proposals.clock;
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final RecordingPublication publication = new RecordingPublication();
    /** The places registrations hold in each event, as the registrations' count would say. */
    final Map<String, Integer> taken = new ConcurrentHashMap<>();

    private final Map<String, StoredEvent> events = new ConcurrentHashMap<>();
    private final Neighbourhoods neighbourhoods = new Neighbourhoods(DATA);

    EventsHandler handler() {
        return new EventsHandler(
                new EventService(
                        this,
                        new EventRules(DATA, PARIS),
                        neighbourhoods,
                        slug -> taken.getOrDefault(slug, 0),
                        proposals.events(),
                        publication,
                        audit,
                        clock),
                new EventScreens(Screens.packaged(), neighbourhoods, DATA),
                new FormGuard(new SiteOrigin(OriginGate.open())),
                OriginGate.open());
    }

    Map<String, StoredEvent> stored() {
        return Map.copyOf(events);
    }

    /** An event stored as the seed import would, from its fields (EventFields names) and Markdown text. */
    StoredEvent add(String slug, Map<String, String> fields) {
        FieldProblems problems = new FieldProblems();
        ProgrammeEvent event = new EventRules(DATA, PARIS)
                .check(slug, fields, "Un texte *Markdown*.", problems)
                .orElseThrow(() -> new AssertionError(problems.all()));
        insert(event, clock.instant());
        return events.get(slug);
    }

    /** The fields of a complete event of the form, in a neighbourhood, on a day of November 2026. */
    static Map<String, String> form(String neighbourhood, String day) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(EventFields.TITLE, "Atelier vélo");
        fields.put(EventFields.SUMMARY, "Réparer son vélo avec l'atelier Roue Libre.");
        fields.put(EventFields.BODY, "Venez avec votre vélo.\n\nLes outils sont prêtés.");
        fields.put(EventFields.NEIGHBOURHOOD, neighbourhood);
        fields.put(EventFields.START, "2026-11-" + day + "T14:00");
        fields.put(EventFields.END, "2026-11-" + day + "T17:00");
        fields.put(EventFormFields.PLACE, EventFormFields.AT_COUNTER);
        fields.put(EventFields.PLACE_NAME, "Devant le comptoir");
        fields.put(EventFields.PARTNER, "velo-atelier");
        fields.put(EventFormFields.REGISTRATION_NEEDED, "yes");
        fields.put(EventFields.REGISTRATION, "Au comptoir");
        fields.put(EventFields.CAPACITY, "12");
        fields.put(EventFields.PLACES_PER_REGISTRATION, "2");
        fields.put("accessMotor", "yes");
        fields.put("accessHearing", "no");
        fields.put("accessVisual", "");
        fields.put(EventFields.ACCESS_NOTE, "Rampe côté parking.");
        return fields;
    }

    /** The same form, with the session's token as the page sends it. */
    static Map<String, String> sent(Map<String, String> fields, SignedInMember member) {
        Map<String, String> all = new HashMap<>(fields);
        all.put(FormGuard.FIELD, member.csrfToken());
        return all;
    }

    static Map<String, String> slug(String slug) {
        return Map.of("slug", slug);
    }

    /** A form posted from the site's own page, with the member's session token, as the authorizer lets it through. */
    static APIGatewayV2HTTPEvent post(
            String route, Map<String, String> path, Map<String, String> fields, SignedInMember member) {
        return BackOfficeEvents.signedIn(BackOfficeEvents.post(route, path, sent(fields, member)), member);
    }

    static APIGatewayV2HTTPEvent get(
            String route, Map<String, String> path, Map<String, String> query, SignedInMember member) {
        return BackOfficeEvents.signedIn(BackOfficeEvents.get(route, path, query), member);
    }

    @Override
    public Optional<StoredEvent> find(String slug) {
        return Optional.ofNullable(events.get(slug));
    }

    @Override
    public synchronized boolean insert(ProgrammeEvent event, Instant now) {
        return events.putIfAbsent(event.slug(), new StoredEvent(event, 1, now)) == null;
    }

    @Override
    public synchronized StoredEvent replace(ProgrammeEvent event, long seenVersion, Instant now) {
        StoredEvent current = events.get(event.slug());
        if (current == null || current.version() != seenVersion) {
            throw new VersionConflictException();
        }
        StoredEvent replaced = new StoredEvent(event, seenVersion + 1, now);
        events.put(event.slug(), replaced);
        return replaced;
    }

    @Override
    public List<StoredEvent> inNeighbourhoodFrom(String neighbourhood, Instant from) {
        return events.values().stream()
                .filter(stored -> stored.event().neighbourhood().equals(neighbourhood))
                .filter(stored -> !stored.event().start().toInstant().isBefore(from))
                .sorted(Comparator.comparing(stored -> stored.event().start()))
                .toList();
    }
}
