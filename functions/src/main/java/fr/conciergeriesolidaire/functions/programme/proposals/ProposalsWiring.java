package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.aws.RateLimits;
import fr.conciergeriesolidaire.functions.aws.SesMailer;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.outbox.RetryPolicy;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import fr.conciergeriesolidaire.functions.outbox.Sweeper;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecords;
import fr.conciergeriesolidaire.functions.programme.DynamoDbProgrammePublication;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.programme.ProgrammePublication;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The residents' proposals on AWS, from the function's environment (template.yaml): what each handler needs, and only
 * that (the public form never builds a mail client, the confirmation page never needs the hash secret), from the data
 * compiled in at build time and clients built once; a missing variable fails the function's start.
 */
public final class ProposalsWiring {
    /** The proposals table's variable: a function whose environment names it reaches the proposals. */
    static final String PROPOSALS_TABLE = "PROPOSALS_TABLE";

    /** Ideas are few: a client sending more than 10 in a window is not proposing animations. */
    static final int DEFAULT_RATE_LIMIT = 10;

    private final Environment environment;
    private final Clock clock;
    private final SiteData data = PackagedSiteData.data();
    private final RetryPolicy retryPolicy = RetryPolicy.standard();
    private final AwsClients clients;

    /** @param clients shared with the events' wiring when both run in one function */
    public ProposalsWiring(Environment environment, Clock clock, AwsClients clients) {
        this.environment = environment;
        this.clock = clock;
        this.clients = clients;
    }

    /** What Lambda runs: the process environment and the real clock. */
    public static ProposalsWiring fromEnvironment() {
        Environment environment = Environment.current();
        return new ProposalsWiring(environment, Clock.systemUTC(), new AwsClients(environment));
    }

    ProposalService service() {
        KeyedHash hash = new KeyedHash(environment.required("HASH_SECRET"));
        RateLimits limits = new RateLimits(clients, environment, hash);
        return new ProposalService(
                new SpamGuard(),
                new ProposalValidator(data),
                limits.perClient(
                        data.policies().retention().rateLimit(),
                        environment.integer("PROPOSAL_RATE_LIMIT", DEFAULT_RATE_LIMIT)),
                new IdempotencyKeys(hash),
                new EmailKeys(hash),
                store(),
                publication(),
                clock);
    }

    ProposalStore store() {
        return new DynamoDbProposalStore(
                clients.dynamoDb(), proposalsTable(), data.policies().retention(), clock);
    }

    /** The team's side: list, answers, their e-mails. */
    ProposalLife life() {
        return new ProposalLife(store(), neighbourhoods(), notifier(), publication(), clock);
    }

    /** A proposal turned into an event, for the events' screens (no mail client). */
    public ProposalEvents events() {
        return new ProposalEvents(store(), neighbourhoods(), clock);
    }

    Notifier notifier() {
        return new Notifier(
                new StoredNotifications<>(
                        store(), new ProposalEmails(data.organisation(), neighbourhoods(), Templates.packaged())),
                new DynamoDbOutbox(clients.dynamoDb(), proposalsTable(), ProposalItemMapper.REFERENCE),
                SesMailer.of(clients.ses(), data.organisation()),
                retryPolicy,
                clock);
    }

    Sweeper sweeper() {
        return new Sweeper(
                new DynamoDbOutbox(clients.dynamoDb(), proposalsTable(), ProposalItemMapper.REFERENCE),
                notifier(),
                clock,
                Sweeper.BUDGET);
    }

    /** The proposals as "Mes données" finds, shows and erases them (no mail client, no publication). */
    PersonalRecords personalRecords() {
        return new ProposalPersonalRecords(
                store(),
                new EmailKeys(new KeyedHash(environment.required("HASH_SECRET"))),
                neighbourhoods(),
                Templates.packaged().wording(),
                zone(),
                data.policies().retention()::proposalExpiry,
                data.policies().retention().proposals());
    }

    ProposalPages pages() {
        return new ProposalPages(Templates.packaged(), neighbourhoods());
    }

    ProposalScreens screens() {
        return new ProposalScreens(Screens.packaged(), neighbourhoods(), zone());
    }

    Neighbourhoods neighbourhoods() {
        return new Neighbourhoods(data);
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

    private ProgrammePublication publication() {
        return new DynamoDbProgrammePublication(clients.dynamoDb(), environment.required("PUBLICATION_TABLE"));
    }

    private ZoneId zone() {
        return ZoneId.of(data.organisation().site().timeZone());
    }

    private String proposalsTable() {
        return environment.required(PROPOSALS_TABLE);
    }
}
