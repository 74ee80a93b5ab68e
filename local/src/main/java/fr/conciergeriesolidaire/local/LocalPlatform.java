package fr.conciergeriesolidaire.local;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.NodeMissingException;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.api.ApiHandler;
import fr.conciergeriesolidaire.local.api.ApiRoutes;
import fr.conciergeriesolidaire.local.api.HealthCheck;
import fr.conciergeriesolidaire.local.functions.LocalFunctions;
import fr.conciergeriesolidaire.local.functions.PackagedDataCheck;
import fr.conciergeriesolidaire.local.http.HostCheck;
import fr.conciergeriesolidaire.local.http.RequestLog;
import fr.conciergeriesolidaire.local.http.Responder;
import fr.conciergeriesolidaire.local.http.SecurityHeaders;
import fr.conciergeriesolidaire.local.mail.MailsPage;
import fr.conciergeriesolidaire.local.site.ProgrammeWatch;
import fr.conciergeriesolidaire.local.site.StaticSite;
import fr.conciergeriesolidaire.local.site.WatchedSite;
import fr.conciergeriesolidaire.local.streams.Schedules;
import fr.conciergeriesolidaire.local.streams.StreamPoller;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import fr.conciergeriesolidaire.site.SiteBuildException;
import fr.conciergeriesolidaire.site.event.EventSeed;
import fr.conciergeriesolidaire.site.event.TableEvents;
import fr.conciergeriesolidaire.site.event.TableResidentIdeas;
import fr.conciergeriesolidaire.site.publish.ContentTypes;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The whole platform on one port: the site (built at start and rebuilt after each edit), the HTTP API routed to the template's functions, the emulators
 * they use (or the given endpoints), the table streams and the schedules. Closing it stops everything it started,
 * child processes included.
 */
public final class LocalPlatform implements AutoCloseable {
    /** Local tables are named apart from the tests' ones, should both share one LocalStack. */
    public static final String TABLE_PREFIX = "local-";

    /** The template's tables the site is built from (the publisher's, in AWS). */
    static final String EVENTS_TABLE = "EventsTable";

    static final String PUBLICATION_TABLE = "PublicationTable";
    static final String EVENT_PLACES_TABLE = "EventPlacesTable";

    /** Where the functions' e-mailed links lead (functions' OrderWiring.siteUrl): the runner's own address. */
    public static final String SITE_URL = "SITE_URL";
    /** The residents' proposals, whose count this season the neighbourhood pages show. */
    static final String PROPOSALS_TABLE = "ProposalsTable";

    private final List<AutoCloseable> started = new ArrayList<>();
    private HttpServer server;
    private Emulators emulators;
    private ApiRoutes routes;

    private LocalPlatform() {}

    public static LocalPlatform start(
            ProjectLayout layout, RunnerOptions options, Map<String, String> environment, PrintStream console) {
        LocalPlatform platform = new LocalPlatform();
        try {
            platform.startAll(layout, options, environment, console);
            return platform;
        } catch (RuntimeException failed) {
            platform.close();
            throw failed;
        }
    }

    /**
     * The limits the runner's own environment sets ({@code ORDER_RATE_LIMIT=1000}...): everyone reaches the runner
     * from 127.0.0.1, so someone trying the forms again and again may raise a per-client limit for the functions.
     */
    private static Map<String, String> limits(Map<String, String> environment) {
        Map<String, String> limits = new java.util.HashMap<>();
        environment.forEach((name, value) -> {
            if (name.endsWith("_LIMIT")) {
                limits.put(name, value);
            }
        });
        return limits;
    }

    private void startAll(
            ProjectLayout layout, RunnerOptions options, Map<String, String> environment, PrintStream console) {
        SamTemplate template = SamTemplate.read(layout.template());
        // Bound first: a port in use must fail before anything is started.
        server = bind(options.port());
        WatchedSite.requireSources(layout.siteSources());
        emulators = startEmulators(layout, options, environment);
        started.add(emulators);
        Map<String, String> tables = createTables(template);
        WatchedSite site = startSite(layout, tables, console);
        Map<String, String> functionEnvironment = new java.util.HashMap<>(emulators.clientEnvironment());
        functionEnvironment.putAll(limits(environment));
        // The links e-mails carry (a partner's) lead to this runner, not to organisation.yaml's site.
        functionEnvironment.put(SITE_URL, "http://localhost:" + port());
        LocalFunctions functions = LocalFunctions.build(
                template,
                tables,
                functionEnvironment,
                options.inMemory()
                        ? Optional.empty()
                        : Optional.of(layout.dataFolder().resolve("parameters.properties")));
        StreamPoller streams = StreamPoller.start(
                template, functions, tables, emulators.dynamoDb().client(), console);
        started.add(streams);
        started.add(Schedules.start(functions, console));

        Responder responder = new Responder(SecurityHeaders.fromTemplate(template));
        routes = ApiRoutes.of(template, functions.all());
        HealthCheck health = new HealthCheck(emulators.dynamoDb()::isReachable, emulators.mail()::isReachable);
        RequestLog log = new RequestLog(console);
        HostCheck hostCheck = new HostCheck(port(), responder);
        List<HttpContext> contexts = List.of(
                server.createContext(
                        "/api/", new ApiHandler(routes, health, responder, streams::wake, Clock.systemUTC(), console)),
                server.createContext(MailsPage.PATH, new MailsPage(emulators.mail(), responder)),
                server.createContext("/", new StaticSite(site::read, ContentTypes.fromClasspath(), responder)));
        contexts.forEach(context -> context.getFilters().addAll(List.of(log, hostCheck)));
        ExecutorService workers = Executors.newFixedThreadPool(8, DaemonThreads.named("http"));
        started.add(workers::shutdownNow);
        server.setExecutor(workers);
        server.start();
    }

    /**
     * The site, its events from the events table (seeded with site/content/agenda's Markdown events when empty, as
     * at the first start) and its count of the residents' ideas from the proposals table, rebuilt after each edit of
     * site/ and each change of the programme (a new proposal counts as one).
     */
    private WatchedSite startSite(ProjectLayout layout, Map<String, String> tables, PrintStream console) {
        DynamoDbClient dynamoDb = emulators.dynamoDb().client();
        String events = tables.get(EVENTS_TABLE);
        String publication = tables.get(PUBLICATION_TABLE);
        try {
            new EventSeed(layout.siteSources())
                    .importIntoEmpty(dynamoDb, events, publication, Instant.now())
                    .ifPresent(seeded -> console.printf(
                            "Table des évènements vide : %d évènements de site/content/agenda importés.%n",
                            seeded.added()));
        } catch (SiteBuildException problems) {
            throw new StartupException(
                    "Les évènements de site/content/agenda ne s'importent pas :\n" + problems.getMessage(), problems);
        }
        PackagedDataCheck dataCheck =
                PackagedDataCheck.ofFunctions(layout.siteSources().data(), console);
        WatchedSite site = WatchedSite.start(
                layout.siteSources(),
                new TableEvents(dynamoDb, events, Optional.ofNullable(tables.get(EVENT_PLACES_TABLE))),
                new TableResidentIdeas(dynamoDb, tables.get(PROPOSALS_TABLE)),
                console,
                dataCheck::check);
        started.add(site);
        started.add(ProgrammeWatch.start(new ProgrammeChanges(dynamoDb, publication), site));
        return site;
    }

    private static HttpServer bind(int port) {
        try {
            // Loopback only: a development runner with local secrets is nobody else's business.
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException inUse) {
            throw new StartupException("Le port " + port + " est déjà utilisé : arrêtez le programme qui l'occupe,"
                    + " ou choisissez-en un autre (PORT=8081 java -jar local/target/conciergerie-local.jar).");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Emulators startEmulators(ProjectLayout layout, RunnerOptions options, Map<String, String> env) {
        Optional<Path> data = options.inMemory()
                ? Optional.empty()
                : Optional.of(privateFolder(layout.dataFolder()).resolve("dynamodb"));
        try {
            return Emulators.start(layout.root(), data, env);
        } catch (NodeMissingException missing) {
            throw new StartupException("Node.js 20 ou plus (avec npm) est nécessaire pour les émulateurs dynalite et"
                    + " aws-ses-v2-local : installez-le (Debian : apt-get install nodejs npm), ou donnez des services"
                    + " déjà lancés avec DYNAMODB_ENDPOINT et SES_ENDPOINT (" + missing.getMessage() + ").");
        } catch (RuntimeException failed) {
            throw new StartupException("Les émulateurs ne démarrent pas : " + oneLine(failed.getMessage()), failed);
        }
    }

    /** The data folder, readable by its owner only (dynalite writes its own files owner-only too). */
    private static Path privateFolder(Path folder) {
        try {
            return OwnerOnlyFiles.folder(folder);
        } catch (IOException e) {
            throw new StartupException(
                    "Le dossier de données " + folder + " ne peut pas être créé : " + e.getMessage(), e);
        }
    }

    private Map<String, String> createTables(SamTemplate template) {
        try {
            return emulators.dynamoDb().createTables(template, id -> TABLE_PREFIX + id);
        } catch (RuntimeException failed) {
            throw new StartupException(
                    "Les tables ne peuvent pas être créées dans "
                            + emulators.dynamoDb().endpoint() + " : " + oneLine(String.valueOf(failed.getMessage())),
                    failed);
        }
    }

    private static String oneLine(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    /** The port actually listened on (PORT=0 picks a free one). */
    public int port() {
        return server.getAddress().getPort();
    }

    public Emulators emulators() {
        return emulators;
    }

    public List<String> routeKeys() {
        return routes.routeKeys();
    }

    /** Stops the server first (no request half-served by stopped services), then the rest, newest first. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        for (int index = started.size() - 1; index >= 0; index--) {
            try {
                started.get(index).close();
            } catch (Exception failed) {
                System.err.println("Arrêt incomplet : " + failed);
            }
        }
        started.clear();
    }
}
