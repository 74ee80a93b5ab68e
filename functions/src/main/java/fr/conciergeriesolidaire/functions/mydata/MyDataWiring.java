package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SecretLinkPages;
import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.DynamoDbAccessTokens;
import fr.conciergeriesolidaire.functions.aws.DynamoDbAddressTraces;
import fr.conciergeriesolidaire.functions.aws.DynamoDbAuditTrail;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.aws.RateLimits;
import fr.conciergeriesolidaire.functions.aws.SesMailer;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.FieldLabels;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.privacy.AllPersonalRecords;
import fr.conciergeriesolidaire.functions.privacy.EmailKeyBackfill;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * "Mes données" on AWS, from the function's environment (template.yaml): what each handler needs, and only that, so
 * that the request's function cannot even read the records (its answer cannot depend on them), and each function
 * reaches exactly the kinds of record its environment names ({@link AllPersonalRecords}).
 */
public final class MyDataWiring {
    /** A team member as the authorizer would let them through, for priming; no table holds them. */
    static final SignedInMember PRIMING_MEMBER =
            new SignedInMember("priming", "Priming", Role.ADMIN, List.of(), "priming-session", "priming-csrf");

    private final Environment environment;
    private final Clock clock;
    private final SiteData data = PackagedSiteData.data();
    private final AwsClients clients;

    public MyDataWiring(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
        this.clients = new AwsClients(environment);
    }

    /** What Lambda runs: the process environment and the real clock. */
    public static MyDataWiring fromEnvironment() {
        return new MyDataWiring(Environment.current(), Clock.systemUTC());
    }

    Clock clock() {
        return clock;
    }

    MyDataRequestService requestService() {
        RateLimits limits = new RateLimits(clients, environment, hash());
        return new MyDataRequestService(
                limits.limit(
                        MyDataRequestService.CLIENT_WINDOW,
                        MyDataRequestService.PER_CLIENT,
                        MyDataRequestService.REFUSAL),
                limits.limit(
                        MyDataRequestService.ADDRESS_WINDOW,
                        MyDataRequestService.PER_ADDRESS,
                        MyDataRequestService.REFUSAL),
                requests(),
                retention().myDataLinks(),
                clock);
    }

    MyDataMailer mailer() {
        return new MyDataMailer(
                requests(),
                records(),
                new EmailKeys(hash()),
                links(),
                new MyDataEmails(
                        data.organisation(), Templates.packaged(), retention().myDataLinks()),
                SesMailer.of(clients.ses(), data.organisation()),
                clock);
    }

    MyDataLinks links() {
        return new MyDataLinks(
                new DynamoDbAccessTokens(clients.dynamoDb(), environment.required("ACCESS_TOKENS_TABLE")),
                new SecretTokens(hash()),
                retention().myDataLinks());
    }

    /** The erasures, with every kind of record the environment names, the traces and the audit trail. */
    Erasures erasures() {
        return new Erasures(
                records(),
                DynamoDbAddressTraces.of(
                        environment,
                        clients,
                        hash(),
                        List.of(new DynamoDbAddressTraces.AddressLimit(
                                MyDataRequestService.ADDRESS_ACTION, MyDataRequestService.ADDRESS_WINDOW))),
                requests(),
                new DynamoDbAuditTrail(clients.dynamoDb(), environment.required("AUDIT_TABLE"), retention(), clock),
                retention().erasureConfirmations(),
                clock);
    }

    TeamErasures teamErasures() {
        return new TeamErasures(erasures(), new EmailKeys(hash()));
    }

    /** The one-shot key backfills of every kind the environment names. */
    List<EmailKeyBackfill> backfills() {
        return AllPersonalRecords.providers().stream()
                .map(provider -> provider.backfill(environment.variables()))
                .flatMap(Optional::stream)
                .toList();
    }

    MyDataPages pages() {
        return new MyDataPages(SecretLinkPages.packaged(), zone(), retention().myDataLinks());
    }

    ErasureScreenPages erasureScreenPages() {
        return new ErasureScreenPages(Screens.packaged(), zone());
    }

    MyDataExport export() {
        return new MyDataExport(data.organisation());
    }

    FormGuard formGuard() {
        return new FormGuard(new SiteOrigin(originGate()));
    }

    OriginGate originGate() {
        return OriginGate.of(environment.optional(OriginGate.ORIGIN_SECRET_VARIABLE));
    }

    ClientAddress clientAddress() {
        return new ClientAddress(originGate());
    }

    /** The request form's failures as pages pointing back at its field on the site's page. */
    static ErrorAnswers errorAnswers() {
        Templates templates = Templates.packaged();
        return new ErrorAnswers(
                templates,
                new FormPage(MyDataPages.FORM_PATH, new FieldLabels(templates.wording(), MyDataFields.LABELS)));
    }

    /** Every kind of record the environment names. */
    AllPersonalRecords records() {
        return AllPersonalRecords.load(environment.variables(), clock);
    }

    private MyDataRequests requests() {
        return new DynamoDbMyDataRequests(clients.dynamoDb(), environment.required("MY_DATA_REQUESTS_TABLE"));
    }

    private KeyedHash hash() {
        return new KeyedHash(environment.required("HASH_SECRET"));
    }

    private Retention retention() {
        return data.policies().retention();
    }

    private ZoneId zone() {
        return ZoneId.of(data.organisation().site().timeZone());
    }
}
