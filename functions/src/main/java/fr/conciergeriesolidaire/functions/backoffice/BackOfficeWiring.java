package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.AccessTokens;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.access.SessionPolicy;
import fr.conciergeriesolidaire.functions.access.Sessions;
import fr.conciergeriesolidaire.functions.audit.AuditTrail;
import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.DynamoDbAccessTokens;
import fr.conciergeriesolidaire.functions.aws.DynamoDbAuditTrail;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.aws.RateLimits;
import fr.conciergeriesolidaire.functions.aws.SesMailer;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.outbox.Mailer;
import fr.conciergeriesolidaire.functions.screens.Moments;
import fr.conciergeriesolidaire.functions.screens.ScreenFailures;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The back-office on AWS, from the function's environment (template.yaml): what each handler needs, and only that,
 * so that the sign-in request's function cannot even read the members (its answer cannot depend on them) and a
 * missing variable fails the function's start.
 */
public final class BackOfficeWiring {
    private final Environment environment;
    private final Clock clock;
    private final SiteData data = PackagedSiteData.data();
    private final AwsClients clients;

    public BackOfficeWiring(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
        this.clients = new AwsClients(environment);
    }

    /** What Lambda runs: the process environment and the real clock. */
    public static BackOfficeWiring fromEnvironment() {
        return new BackOfficeWiring(Environment.current(), Clock.systemUTC());
    }

    public Clock clock() {
        return clock;
    }

    SessionAuthorizer authorizer() {
        return new SessionAuthorizer(sessions(), members(), clock);
    }

    SignInService signIn() {
        RateLimits limits = new RateLimits(clients, environment, hash());
        return new SignInService(
                limits.limit(SignInService.WINDOW, SignInService.PER_CLIENT, SignInService.REFUSAL),
                limits.limit(SignInService.WINDOW, SignInService.PER_ADDRESS, SignInService.REFUSAL),
                signInRequests(),
                clock);
    }

    SignInLinkSender linkSender() {
        MemberStore members = members();
        return new SignInLinkSender(
                signInRequests(),
                members,
                addresses(),
                new FirstAdmin(adminEmail(), members),
                links(),
                new SignInEmails(data.organisation(), Templates.packaged()),
                mailer(),
                clock);
    }

    SignInLinks links() {
        return new SignInLinks(accessTokens(), secrets(), members(), sessions());
    }

    MemberService memberService() {
        return new MemberService(members(), new MemberValidator(data), addresses(), sessions(), audit(), clock);
    }

    /** The access tokens alone: ending a session needs its key, not the secret that hashes cookies. */
    AccessTokens accessTokens() {
        return new DynamoDbAccessTokens(clients.dynamoDb(), environment.required("ACCESS_TOKENS_TABLE"));
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

    BackOfficePages pages() {
        return new BackOfficePages(Screens.packaged(), new CounterNames(data));
    }

    MemberPages memberPages() {
        return new MemberPages(
                Screens.packaged(),
                new CounterNames(data),
                new Moments(ZoneId.of(data.organisation().site().timeZone())));
    }

    static ScreenFailures failures() {
        return new ScreenFailures(Screens.packaged());
    }

    /** The deployment's first admin (parameter AdminEmail); an address that is not one fails the start. */
    private Optional<String> adminEmail() {
        return environment
                .optional("ADMIN_EMAIL")
                .map(typed -> MemberAddresses.normalise(typed)
                        .orElseThrow(() -> new IllegalStateException("ADMIN_EMAIL is not an e-mail address")));
    }

    private AuditTrail audit() {
        return new DynamoDbAuditTrail(
                clients.dynamoDb(),
                environment.required("AUDIT_TABLE"),
                data.policies().retention(),
                clock);
    }

    private Sessions sessions() {
        return new Sessions(accessTokens(), secrets(), SessionPolicy.standard());
    }

    private MemberStore members() {
        return new DynamoDbMemberStore(clients.dynamoDb(), environment.required("MEMBERS_TABLE"));
    }

    private SignInRequests signInRequests() {
        return new DynamoDbSignInRequests(clients.dynamoDb(), environment.required("SIGN_IN_REQUESTS_TABLE"));
    }

    private MemberAddresses addresses() {
        return new MemberAddresses(hash());
    }

    private SecretTokens secrets() {
        return new SecretTokens(hash());
    }

    private KeyedHash hash() {
        return new KeyedHash(environment.required("HASH_SECRET"));
    }

    private Mailer mailer() {
        return SesMailer.of(clients.ses(), data.organisation());
    }
}
