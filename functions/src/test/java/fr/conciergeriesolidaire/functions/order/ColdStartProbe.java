package fr.conciergeriesolidaire.functions.order;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
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
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One cold start, run by {@link OrderHandlerBenchmark} in a fresh JVM on the shaded function jar, configured
 * like Lambda through real environment variables. Prints the in-JVM time to the first result.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {}

    public static void main(String[] arguments) {
        long start = System.nanoTime();
        switch (arguments[0]) {
            case "order" -> order();
            case "baseline" -> baseline();
            case "notifier" -> notifier(arguments[1]);
            default -> throw new IllegalArgumentException(arguments[0]);
        }
        System.out.println("in-jvm-ms " + (System.nanoTime() - start) / 1_000_000);
        printMemory();
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

    /** The order handler, built as Lambda builds it, storing one order. */
    private static void order() {
        var response = new OrderSubmissionHandler().handleRequest(OrderEvents.json(nextTuesdayOrder()), null);
        if (response.getStatusCode() != 201) {
            throw new IllegalStateException("Order not stored: " + response.getStatusCode() + " " + response.getBody());
        }
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
