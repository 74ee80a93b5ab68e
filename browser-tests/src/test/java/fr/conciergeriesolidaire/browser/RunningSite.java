package fr.conciergeriesolidaire.browser;

import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.local.LocalPlatform;
import fr.conciergeriesolidaire.local.RunnerProcess;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * The packaged local runner ({@code java -jar local/target/conciergerie-local.jar --in-memory}) as a person starts
 * it, on a free port, pointed at emulators this suite started in memory so that the tests can read back what the
 * functions stored and sent. Started once for the whole suite.
 */
public final class RunningSite implements AutoCloseable {
    /**
     * The runner's clock: the real one, in the conciergerie's time zone. What the tests make up about "now" (a slot
     * two days ahead, a start date next month) reads it here, as the runner's validation does.
     */
    public static final Clock CLOCK = Clock.system(ZoneId.of("Europe/Paris"));

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private final Emulators emulators;
    private final RunnerProcess runner;
    private final Map<String, Object> shared = new ConcurrentHashMap<>();

    private RunningSite(Emulators emulators, RunnerProcess runner) {
        this.emulators = emulators;
        this.runner = runner;
    }

    public static RunningSite start() {
        Emulators emulators = Emulators.startInMemory();
        RunnerProcess runner = null;
        try {
            // Every journey comes from 127.0.0.1 and refusals count: the limits are tested elsewhere.
            runner = RunnerProcess.against(
                    emulators,
                    Map.of(
                            "ORDER_RATE_LIMIT",
                            "100000",
                            "SUBSCRIPTION_RATE_LIMIT",
                            "100000",
                            "CONFIRMATION_LIMIT",
                            "100000",
                            "PROPOSAL_RATE_LIMIT",
                            "100000",
                            "REGISTRATION_RATE_LIMIT",
                            "100000"));
            runner.awaitHealthy(HttpClient.newHttpClient(), START);
            return new RunningSite(emulators, runner);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw stopBoth(emulators, runner, new IllegalStateException("Interrupted while starting the runner"));
        } catch (RuntimeException failed) {
            throw stopBoth(emulators, runner, failed);
        }
    }

    private static RuntimeException stopBoth(Emulators emulators, RunnerProcess runner, RuntimeException failure) {
        if (runner != null) {
            runner.close();
        }
        emulators.close();
        return failure;
    }

    /** The address of a page of the site, on 127.0.0.1 (the browser resolves no other host). */
    public String url(String path) {
        return runner.uri(path).toString();
    }

    /**
     * What several test classes need from the site and may create only once per run (a sign-up counts towards the
     * API's rate limit): created by the first to ask, under {@code name}.
     */
    public <T> T shared(String name, Class<T> type, Supplier<T> creation) {
        return type.cast(shared.computeIfAbsent(name, key -> creation.get()));
    }

    /**
     * A function's environment on the runner's emulators, for tests that act as the team would where no screen exists
     * yet: the given variables, a table named by its logical id ({@code local-OrdersTable}...), and the emulators'
     * endpoints.
     */
    public Map<String, String> functionEnvironment(Map<String, String> variables) {
        Map<String, String> environment = new HashMap<>(emulators.clientEnvironment());
        environment.putAll(variables);
        return environment;
    }

    /** The runner's name of a table of template.yaml. */
    public static String tableName(String tableId) {
        return LocalPlatform.TABLE_PREFIX + tableId;
    }

    /** The runner's DynamoDB (the emulator this suite started), for what a test puts in a table as the team would. */
    public software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamoDb() {
        return emulators.dynamoDb().client();
    }

    /** The item the functions stored under that reference in one of the template's tables (by its logical id). */
    public Optional<Map<String, AttributeValue>> storedItem(String tableId, String reference) {
        Map<String, AttributeValue> item = emulators
                .dynamoDb()
                .client()
                .getItem(GetItemRequest.builder()
                        .tableName(tableName(tableId))
                        .key(Map.of("reference", AttributeValue.fromS(reference)))
                        .consistentRead(true)
                        .build())
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /**
     * The e-mails whose subject names the reference, once {@code expected} of them are sent (the runner hands new
     * records to the notifier shortly after each write, as the table's stream does on AWS).
     */
    public List<SentMail> mailsAbout(String reference, int expected) {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        List<SentMail> found = List.of();
        while (System.nanoTime() < deadline) {
            found = emulators.mail().sentMails().stream()
                    .filter(mail -> mail.subject().contains(reference))
                    .toList();
            if (found.size() >= expected) {
                return found;
            }
            pause();
        }
        return found;
    }

    /** How many e-mails went to that address so far. */
    public int mailCountTo(String address) {
        return (int) emulators.mail().sentMails().stream()
                .filter(mail -> mail.to().contains(address))
                .count();
    }

    /** The next e-mail to that address once more than {@code already} went to it (a sign-in link...). */
    public SentMail nextMailTo(String address, int already) {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        while (System.nanoTime() < deadline) {
            List<SentMail> sent = emulators.mail().sentMails().stream()
                    .filter(mail -> mail.to().contains(address))
                    .toList();
            if (sent.size() > already) {
                return sent.get(sent.size() - 1);
            }
            pause();
        }
        throw new AssertionError("No e-mail to " + address + " within " + DELIVERY.toSeconds() + " s");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Override
    public void close() {
        try {
            runner.close();
        } finally {
            emulators.close();
        }
    }
}
