package fr.conciergeriesolidaire.local.streams;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.DaemonThreads;
import fr.conciergeriesolidaire.local.StartupException;
import fr.conciergeriesolidaire.local.functions.EventSources;
import fr.conciergeriesolidaire.local.functions.LocalFunction;
import fr.conciergeriesolidaire.local.functions.LocalFunctions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The template's DynamoDB streams, emulated: after each write through the API ({@link #wake()}), one background
 * thread finds the new items of each streamed table and hands them to the functions subscribed to it (the order
 * notifier), as Lambda would a moment after the write. Failed records are offered again a little later.
 */
public final class StreamPoller implements AutoCloseable {
    static final long RETRY_DELAY_SECONDS = 2;

    private final List<StreamSubscription> subscriptions;
    private final PrintStream log;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("table-streams"));
    private final AtomicBoolean queued = new AtomicBoolean();

    private StreamPoller(List<StreamSubscription> subscriptions, PrintStream log) {
        this.subscriptions = subscriptions;
        this.log = log;
    }

    /** Subscribes every function with a {@code DynamoDB} event on {@code !GetAtt <Table>.StreamArn}. */
    public static StreamPoller start(
            SamTemplate template,
            LocalFunctions functions,
            Map<String, String> tableNames,
            DynamoDbClient dynamoDb,
            PrintStream log) {
        List<StreamSubscription> subscriptions = new ArrayList<>();
        for (LocalFunction function : functions.withEvents(EventSources.DYNAMODB_STREAM)) {
            for (SamTemplate.EventSource source : function.definition().eventsOfType(EventSources.DYNAMODB_STREAM)) {
                String tableId = streamedTable(function, source);
                Map<String, Object> table = template.tables().get(tableId);
                String viewType = Objects.toString(
                        SamTemplate.map(table.get("StreamSpecification")).get("StreamViewType"), null);
                if (viewType == null) {
                    throw new StartupException(function.logicalId() + " : la table " + tableId
                            + " n'a pas de StreamSpecification dans template.yaml.");
                }
                TableStream stream = new TableStream(dynamoDb, tableNames.get(tableId), keyAttributes(table));
                subscriptions.add(new StreamSubscription(
                        function, tableId, stream, StreamViewType.valueOf(viewType), source.properties()));
            }
        }
        subscriptions.forEach(StreamSubscription::skipExisting);
        return new StreamPoller(subscriptions, log);
    }

    private static String streamedTable(LocalFunction function, SamTemplate.EventSource source) {
        if (source.properties().get("Stream") instanceof SamTemplate.Intrinsic intrinsic
                && "!GetAtt".equals(intrinsic.tag())
                && String.valueOf(intrinsic.value()).endsWith(".StreamArn")) {
            String value = String.valueOf(intrinsic.value());
            return value.substring(0, value.length() - ".StreamArn".length());
        }
        throw new StartupException(function.logicalId() + " : l'événement " + source.name()
                + " doit lire le flux d'une table du modèle (Stream: !GetAtt <Table>.StreamArn).");
    }

    private static List<String> keyAttributes(Map<String, Object> table) {
        return SamTemplate.list(table.get("KeySchema")).stream()
                .map(key -> String.valueOf(SamTemplate.map(key).get("AttributeName")))
                .toList();
    }

    /** Something may have been written: deliver soon (once, however many writes ask meanwhile). */
    public void wake() {
        if (!subscriptions.isEmpty() && queued.compareAndSet(false, true)) {
            thread.execute(this::deliver);
        }
    }

    private void deliver() {
        queued.set(false);
        boolean pending = false;
        for (StreamSubscription subscription : subscriptions) {
            try {
                pending |= subscription.deliver(log);
            } catch (RuntimeException storageDown) {
                log.println("Flux des tables : lecture impossible ("
                        + storageDown.getClass().getSimpleName() + "), nouvel essai bientôt");
                pending = true;
            }
        }
        if (pending) {
            thread.schedule(this::wake, RETRY_DELAY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
