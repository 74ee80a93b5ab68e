package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.DynamoDbAuditTrail;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.programme.DynamoDbProgrammePublication;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.programme.proposals.ProposalsWiring;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.programme.event.EventRules;
import fr.conciergeriesolidaire.programme.places.PlacesTable;
import fr.conciergeriesolidaire.programme.places.TakenPlaces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The programme's screens on AWS, from the function's environment (template.yaml): the events table, the publication
 * table's change count, the proposals an event may be made from, the audit trail; one set of clients. A missing
 * variable fails the function's start.
 */
public final class EventsWiring {
    private final Environment environment;
    private final Clock clock;
    private final SiteData data = PackagedSiteData.data();
    private final AwsClients clients;

    public EventsWiring(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
        this.clients = new AwsClients(environment);
    }

    /** What Lambda runs: the process environment and the real clock. */
    public static EventsWiring fromEnvironment() {
        return new EventsWiring(Environment.current(), Clock.systemUTC());
    }

    EventService service() {
        return new EventService(
                new DynamoDbEventStore(clients.dynamoDb(), environment.required("EVENTS_TABLE"), zone()),
                new EventRules(data, zone()),
                neighbourhoods(),
                takenPlaces(),
                new ProposalsWiring(environment, clock, clients).events(),
                new DynamoDbProgrammePublication(clients.dynamoDb(), environment.required("PUBLICATION_TABLE")),
                new DynamoDbAuditTrail(
                        clients.dynamoDb(),
                        environment.required("AUDIT_TABLE"),
                        data.policies().retention(),
                        clock),
                clock);
    }

    EventScreens screens() {
        return new EventScreens(Screens.packaged(), neighbourhoods(), data);
    }

    FormGuard formGuard() {
        return new FormGuard(new SiteOrigin(originGate()));
    }

    OriginGate originGate() {
        return OriginGate.of(environment.optional(OriginGate.ORIGIN_SECRET_VARIABLE));
    }

    /** The places registrations already hold, which no capacity may go below (programme's {@code TakenPlaces}). */
    private TakenPlaces takenPlaces() {
        return new LedgerTakenPlaces(new PlacesTable(clients.dynamoDb(), environment.required("EVENT_PLACES_TABLE")));
    }

    private Neighbourhoods neighbourhoods() {
        return new Neighbourhoods(data);
    }

    private ZoneId zone() {
        return ZoneId.of(data.organisation().site().timeZone());
    }
}
