package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.aws.RateLimits;
import fr.conciergeriesolidaire.functions.aws.SesMailer;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.outbox.RetryPolicy;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import fr.conciergeriesolidaire.functions.outbox.Sweeper;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecords;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.templates.Templates;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The registrations feature on AWS, from the function's environment (template.yaml): what each handler needs, built
 * from the data compiled in at build time and clients built once. Each method builds only what its handler uses, so
 * that a function given fewer variables (the places of an event need no secret) starts, and a missing one fails the
 * function's start, not a request.
 */
public final class RegistrationWiring {
    /** Registrations per client and window: a family registering for several workshops, not a robot. */
    static final int DEFAULT_RATE_LIMIT = 20;
    /** The variable naming the registrations table: a function given it reaches registrations ("Mes données"). */
    static final String REGISTRATIONS_TABLE = "REGISTRATIONS_TABLE";

    private final Environment environment;
    private final Clock clock;
    private final SiteData data = PackagedSiteData.data();
    private final RetryPolicy retryPolicy = RetryPolicy.standard();
    private final AwsClients clients;

    public RegistrationWiring(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
        this.clients = new AwsClients(environment);
    }

    /** What Lambda runs: the process environment and the real clock. */
    public static RegistrationWiring fromEnvironment() {
        return new RegistrationWiring(Environment.current(), Clock.systemUTC());
    }

    public RegistrationService service() {
        KeyedHash hash = hash();
        RateLimits limits = new RateLimits(clients, environment, hash);
        return new RegistrationService(
                new SpamGuard(),
                new RegistrationValidator(),
                limits.perClient(
                        data.policies().retention().rateLimit(),
                        environment.integer("REGISTRATION_RATE_LIMIT", DEFAULT_RATE_LIMIT)),
                limits.confirmations(),
                new RegistrationKeys(hash),
                events(),
                store(),
                allocation(),
                delivery(),
                data.policies().retention(),
                clock);
    }

    RegistrationLookup lookup() {
        return new RegistrationLookup(events(), store(), ledger());
    }

    PlacesLookup places() {
        return new PlacesLookup(events(), ledger(), clock);
    }

    Cancellation cancellation() {
        return new Cancellation(new RegistrationKeys(hash()), lookup(), store(), allocation(), delivery(), clock);
    }

    /**
     * The registrations as "Mes données" sees them, with their erasure (which cancels through {@link
     * #cancellation()}): a function that only reads them still names the tables the erasure writes, without the rights
     * to write them.
     */
    PersonalRecords personalRecords() {
        RegistrationsByEmail byEmail =
                new RegistrationsByEmail(clients.dynamoDb(), environment.required(REGISTRATIONS_TABLE), clock);
        RegistrationLookup lookup = lookup();
        return new RegistrationPersonalRecords(
                byEmail,
                lookup,
                new RegistrationErasure(byEmail, lookup, cancellation(), clock),
                Templates.packaged().wording(),
                data.policies().retention().registrations(),
                clock);
    }

    RegistrationUpkeep upkeep() {
        Notifier notifier = notifier();
        return new RegistrationUpkeep(
                store(),
                events(),
                allocation(),
                outbox(),
                notifier,
                new PromptDelivery(notifier),
                followUp(),
                clock,
                Sweeper.BUDGET);
    }

    Reminders reminders() {
        return new Reminders(events(), store(), delivery(), clock);
    }

    /**
     * What the event editing calls after each save of an event (programme.places.RegistrationFollowUp): its
     * registrations follow its capacity, status, date and place.
     */
    public EventFollowUp followUp() {
        return new EventFollowUp(
                events(),
                ledger(),
                store(),
                allocation(),
                delivery(),
                data.policies().retention(),
                clock);
    }

    RegistrationBoard board() {
        return new RegistrationBoard(events(), store(), ledger(), figures(), new EventAccess(data), zone(), clock);
    }

    Attendance attendance() {
        return new Attendance(events(), store(), figures(), new EventAccess(data), clock);
    }

    RegistrationScreens screens() {
        return new RegistrationScreens(Screens.packaged(), data);
    }

    RegistrationPages pages() {
        return new RegistrationPages(Templates.packaged(), data);
    }

    ClientAddress clientAddress() {
        return new ClientAddress(originGate());
    }

    OriginGate originGate() {
        return OriginGate.of(environment.optional(OriginGate.ORIGIN_SECRET_VARIABLE));
    }

    FormGuard formGuard() {
        return new FormGuard(new SiteOrigin(originGate()));
    }

    Clock clock() {
        return clock;
    }

    /** The site's public address (organisation.yaml), where links point when a request does not say its host. */
    String siteUrl() {
        return data.organisation().site().url();
    }

    Notifier notifier() {
        Templates templates = Templates.packaged();
        return new Notifier(
                new StoredNotifications<>(
                        store(), new RegistrationEmails(data, templates, events(), new RegistrationKeys(hash()))),
                outbox(),
                SesMailer.of(clients.ses(), data.organisation()),
                retryPolicy,
                clock);
    }

    RegistrationStore store() {
        return new DynamoDbRegistrationStore(
                clients.dynamoDb(), environment.required(REGISTRATIONS_TABLE), retryPolicy.sweeperGrace(), clock);
    }

    PlacesLedger ledger() {
        return new DynamoDbPlacesLedger(clients.dynamoDb(), environment.required("EVENT_PLACES_TABLE"));
    }

    private PlaceAllocation allocation() {
        return new PlaceAllocation(
                store(),
                ledger(),
                new ProgrammePublication(
                        new ProgrammeChanges(clients.dynamoDb(), environment.required("PUBLICATION_TABLE"))),
                data.policies().retention(),
                retryPolicy.sweeperGrace());
    }

    private PromptDelivery delivery() {
        return new PromptDelivery(notifier());
    }

    private Events events() {
        return new DynamoDbEvents(
                clients.dynamoDb(), environment.required("EVENTS_TABLE"), new EventItemMapper(zone()));
    }

    private ParticipationFigures figures() {
        return new DynamoDbParticipationFigures(clients.dynamoDb(), environment.required("PARTICIPATION_TABLE"));
    }

    private DynamoDbOutbox outbox() {
        return new DynamoDbOutbox(
                clients.dynamoDb(), environment.required(REGISTRATIONS_TABLE), RegistrationItemMapper.REFERENCE);
    }

    private KeyedHash hash() {
        return new KeyedHash(environment.required("HASH_SECRET"));
    }

    private ZoneId zone() {
        return ZoneId.of(data.organisation().site().timeZone());
    }
}
