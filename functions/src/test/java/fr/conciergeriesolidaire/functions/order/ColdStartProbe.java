package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionEvents;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionSubmissionHandler;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One cold start, run by {@link OrderHandlerBenchmark} in a fresh JVM on the shaded function jar, configured
 * like Lambda through real environment variables. Prints the in-JVM time to the first result, and for the form
 * handlers the time of each phase.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {}

    public static void main(String[] arguments) {
        long start = System.nanoTime();
        switch (arguments[0]) {
            case "order" -> submission(() -> PrimedHandler.of(new OrderSubmissionHandler()), false, orderEvent());
            case "order-primed" -> submission(() -> PrimedHandler.of(new OrderSubmissionHandler()), true, orderEvent());
            case "subscription" ->
                submission(() -> PrimedHandler.of(new SubscriptionSubmissionHandler()), false, signUpEvent());
            case "subscription-primed" ->
                submission(() -> PrimedHandler.of(new SubscriptionSubmissionHandler()), true, signUpEvent());
            case "order-refused" -> refused();
            case "baseline" -> baseline();
            case "notifier" -> notifier(arguments[1]);
            default -> throw new IllegalArgumentException(arguments[0]);
        }
        System.out.println("in-jvm-ms " + (System.nanoTime() - start) / 1_000_000);
        printMemory();
    }

    /** A form's submission handler and its SnapStart priming, as the probe runs them. */
    private record PrimedHandler(
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, Runnable priming) {
        static PrimedHandler of(OrderSubmissionHandler handler) {
            return new PrimedHandler(handler, handler::prime);
        }

        static PrimedHandler of(SubscriptionSubmissionHandler handler) {
            return new PrimedHandler(handler, handler::prime);
        }

        void prime() {
            priming.run();
        }

        APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            return handler.handleRequest(event, context);
        }
    }

    /** What the function needs in memory (sizing MemorySize in template.yaml): the peak, and the live heap. */
    private static void printMemory() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.println("heap-after-gc-mb " + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        try {
            // Linux's high-water mark of the resident set, in kB.
            Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .forEach(megabytes -> System.out.println("peak-rss-mb " + megabytes));
        } catch (IOException notLinux) {
            System.out.println("peak-rss-mb 0");
        }
    }

    /**
     * A form handler, built as Lambda builds it, storing one submission; primed first, as before a SnapStart
     * snapshot, if asked. The phases: what SnapStart restores from the snapshot (construction, priming) and what the
     * first visitor still waits for (the first request).
     */
    private static void submission(
            Supplier<? extends PrimedHandler> construction, boolean primed, APIGatewayV2HTTPEvent event) {
        long start = System.nanoTime();
        PrimedHandler handler = construction.get();
        long constructed = System.nanoTime();
        if (primed) {
            handler.prime();
        }
        long ready = System.nanoTime();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        long answered = System.nanoTime();
        if (response.getStatusCode() != 201) {
            throw new IllegalStateException("Not stored: " + response.getStatusCode() + " " + response.getBody());
        }
        System.out.println("construction-ms " + (constructed - start) / 1_000_000);
        System.out.println("priming-ms " + (ready - constructed) / 1_000_000);
        System.out.println("first-request-ms " + (answered - ready) / 1_000_000);
    }

    /**
     * A plain form post refused (no service, no consent): the first HTML answer, whose page is a template rendered into
     * the site's layout; what a person without JavaScript waits for when a cold function refuses their form.
     */
    private static void refused() {
        long start = System.nanoTime();
        OrderSubmissionHandler handler = new OrderSubmissionHandler();
        long constructed = System.nanoTime();
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                ApiEvents.post(
                        "/api/orders",
                        "application/x-www-form-urlencoded",
                        "counter=comptoir-tilleuls&firstName=Camille&email=pas-une-adresse",
                        "203.0.113.8"),
                null);
        long answered = System.nanoTime();
        if (response.getStatusCode() != 400 || !response.getBody().contains("<main")) {
            throw new IllegalStateException("Not refused in HTML: " + response.getStatusCode());
        }
        System.out.println("construction-ms " + (constructed - start) / 1_000_000);
        System.out.println("priming-ms 0");
        System.out.println("first-request-ms " + (answered - constructed) / 1_000_000);
    }

    private static APIGatewayV2HTTPEvent orderEvent() {
        return OrderEvents.json(nextTuesdayOrder());
    }

    /** A sign-up for a site of its own (one may await review per site), starting next month. */
    private static APIGatewayV2HTTPEvent signUpEvent() {
        String body = SubscriptionEvents.validJson(
                1 + Math.floorMod(UUID.randomUUID().hashCode(), 9000),
                LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(1));
        return ApiEvents.post("/api/subscriptions", "application/json", body, "203.0.113.7");
    }

    /** The least a function storing something must do: build a DynamoDB client and put one item. */
    private static void baseline() {
        try (DynamoDbClient client = DynamoDbClient.builder()
                .region(Region.of(System.getenv("AWS_REGION")))
                .endpointOverride(URI.create(System.getenv("DYNAMODB_ENDPOINT")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
            client.putItem(put -> put.tableName(System.getenv("ORDERS_TABLE"))
                    .item(Map.of(
                            "reference",
                            software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                                    "BASELINE-" + UUID.randomUUID()))));
        }
    }

    /** The stream notifier sending the e-mails of one stored order. */
    private static void notifier(String reference) {
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventName("INSERT");
        record.setDynamodb(new StreamRecord()
                .withKeys(Map.of("reference", new AttributeValue().withS(reference)))
                .withSequenceNumber("1"));
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record));
        var response = new OrderNotifierHandler().handleRequest(event, null);
        if (!response.getBatchItemFailures().isEmpty()) {
            throw new IllegalStateException("Notification failed");
        }
    }

    /** A valid order for the next Tuesday at least three days ahead (the probe runs on the real clock). */
    static String nextTuesdayOrder() {
        LocalDate date = LocalDate.now(ZoneId.of("Europe/Paris"))
                .plusDays(3)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        return OrderEvents.validJson(
                        "Benchmark", "bench@exemple.fr", UUID.randomUUID().toString())
                .replace("2026-03-10", date.toString());
    }
}
