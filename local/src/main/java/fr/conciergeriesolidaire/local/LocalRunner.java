package fr.conciergeriesolidaire.local;

import fr.conciergeriesolidaire.emulators.DynamoDbEmulator;
import fr.conciergeriesolidaire.emulators.EmulatedService;
import fr.conciergeriesolidaire.local.functions.LocalParameters;
import fr.conciergeriesolidaire.local.mail.MailsPage;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar local/target/conciergerie-local.jar [--in-memory]}: the site, the API and its emulators on
 * http://localhost:8080/ ({@code PORT} to change it). Ctrl-C stops everything, child processes included.
 */
public final class LocalRunner {
    /** The back-office's way in (template.yaml, SignInRequestFunction). */
    static final String SIGN_IN = "/api/backoffice/connexion";

    private LocalRunner() {}

    public static void main(String[] args) {
        // The functions log through java.util.logging: one line per message, as the request log.
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s : %5$s%6$s%n");
        // Freemarker logs through SLF4J like the rest of the site builder (levels in simplelogger.properties).
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        PrintStream console = System.out;
        try {
            RunnerOptions options = RunnerOptions.parse(List.of(args), System.getenv());
            ProjectLayout layout = ProjectLayout.locate();
            LocalPlatform platform = LocalPlatform.start(layout, options, System.getenv(), console);
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "stop-local-platform"));
            welcome(console, layout, options, platform);
        } catch (StartupException failed) {
            System.err.println("Erreur : " + failed.getMessage());
            System.exit(1);
        }
    }

    private static void welcome(
            PrintStream console, ProjectLayout layout, RunnerOptions options, LocalPlatform platform) {
        String url = "http://localhost:" + platform.port();
        DynamoDbEmulator dynamoDb = platform.emulators().dynamoDb();
        console.println("Conciergerie solidaire en local : " + url + "/");
        console.println("  API : " + String.join(", ", platform.routeKeys()) + " ; santé : GET /api/health");
        console.println("  Courriels envoyés : " + url + MailsPage.PATH);
        console.println("  Espace de l'équipe : " + url + SIGN_IN + " avec l'adresse " + LocalParameters.LOCAL_ADMIN
                + " (premier administrateur) ; le lien de connexion arrive sur " + url + MailsPage.PATH);
        console.println("  DynamoDB : " + describe(dynamoDb, "dynalite")
                + (options.inMemory() || !dynamoDb.isChildProcess()
                        ? ""
                        : ", données dans " + layout.relative(layout.dataFolder()) + "/ (--in-memory : en mémoire)"));
        console.println("  SES : " + describe(platform.emulators().mail(), "aws-ses-v2-local"));
        console.println("Ctrl-C pour arrêter.");
    }

    private static String describe(EmulatedService service, String emulator) {
        return service.isChildProcess()
                ? emulator + " sur " + service.endpoint()
                : service.endpoint() + " (DYNAMODB_ENDPOINT / SES_ENDPOINT)";
    }
}
