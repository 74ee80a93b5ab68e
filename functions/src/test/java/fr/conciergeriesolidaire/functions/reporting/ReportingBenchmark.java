package fr.conciergeriesolidaire.functions.reporting;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.order.OrderSeeds;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Measures the indicators and the monthly exports over 50,000 stored orders in dynalite (not a test; see
 * BENCHMARKS.md, "Back-office", for the command): the orders are written in bulk as the order feature stores them,
 * spread over the twelve months up to this one, at three counters, 1 to 3 lines each, about 6,000 customers; then the
 * indicators of the year (twelve projected queries on {@code by-month} and one on {@code by-status}) and a month's
 * exports (orders line by line, amounts per partner) run through the functions as template.yaml builds them, warm,
 * several times each: medians and 95th percentiles.
 *
 * <p>Arguments: optionally the number of orders (default 50,000) and of measured runs (default 15).
 */
public final class ReportingBenchmark {
    private static final int BATCH = 25;
    private static final int WARM_UP = 3;
    private static final List<String[]> COUNTERS = List.of(
            new String[] {"comptoir-tilleuls", "Comptoir des Tilleuls"},
            new String[] {"comptoir-canal", "Comptoir du Canal"},
            new String[] {"site-entreprise-bailleur", "Conciergerie d'entreprise du bailleur partenaire"});
    private static final List<OrderSeeds.Line> SERVICES = List.of(
            new OrderSeeds.Line(
                    "repassage-chemise",
                    "Repassage d'une chemise",
                    "atelier-repassage",
                    "L'Atelier du Fer à Repasser",
                    1,
                    250),
            new OrderSeeds.Line(
                    "talons", "Remplacement des talons", "cordonnerie-solidaire", "La Cordonnerie Solidaire", 1, 1800),
            new OrderSeeds.Line(
                    "panier-legumes",
                    "Panier de légumes de saison",
                    "paniers-des-coteaux",
                    "Les Paniers des Coteaux",
                    1,
                    1500),
            new OrderSeeds.Line(
                    "revision-velo",
                    "Révision complète d'un vélo",
                    "velo-atelier",
                    "Roue Libre, atelier vélo participatif",
                    1,
                    3500));

    private ReportingBenchmark() {}

    public static void main(String[] arguments) throws Exception {
        int orders = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 50_000;
        int runs = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 15;
        Clock clock = Clock.systemUTC();
        YearMonth thisMonth = YearMonth.now(clock);
        try (EmulatedAws world = EmulatedAws.inMemory()) {
            long seeding = System.nanoTime();
            int stored = seed(world, orders, thisMonth);
            System.out.printf("Seeded %,d orders in %.1f s%n", stored, (System.nanoTime() - seeding) / 1e9);

            ReportingWiring indicatorsWiring =
                    new ReportingWiring(new Environment(world.environmentOf("IndicatorsFunction")), clock);
            Indicators indicators = indicatorsWiring.indicators();
            long[] year = measure(runs, () -> indicators.of(thisMonth));
            Figures figures = indicators.of(thisMonth);
            System.out.printf(
                    "Indicators of a year (%,d orders stored, %,d counted): median %d ms, p95 %d ms, min %d ms%n",
                    stored, figures.total().count(), percentile(year, 50), percentile(year, 95), year[0]);
            IndicatorsHandler page = new IndicatorsHandler(indicatorsWiring);
            SignedInMember team = new SignedInMember("membre", "Dominique", Role.TEAM, List.of(), "session", "jeton");
            long[] pages = measure(
                    runs,
                    () -> page.handleRequest(
                            BackOfficeEvents.signedIn(BackOfficeEvents.get(IndicatorsHandler.ROUTE), team), null));
            System.out.printf(
                    "Indicators page (handler): median %d ms, p95 %d ms%n",
                    percentile(pages, 50), percentile(pages, 95));

            ReportingWiring exportsWiring =
                    new ReportingWiring(new Environment(world.environmentOf("ExportsFunction")), clock);
            ExportsHandler exports = new ExportsHandler(exportsWiring);
            String month = thisMonth.minusMonths(1).toString();
            for (String kind : List.of("commandes", "partenaires")) {
                long[] export = measure(
                        runs,
                        () -> exports.handleRequest(
                                InMemoryReporting.exportForm(team, "kind", kind, "month", month), null));
                APIGatewayV2HTTPResponse file =
                        exports.handleRequest(InMemoryReporting.exportForm(team, "kind", kind, "month", month), null);
                System.out.printf(
                        "Export %s of a month (%d rows, %,d bytes): median %d ms, p95 %d ms%n",
                        kind,
                        file.getBody().split("\r\n").length - 1,
                        file.getBody().getBytes().length,
                        percentile(export, 50),
                        percentile(export, 95));
            }
        }
    }

    /** Orders stored in bulk (25 a call), spread evenly over the twelve months up to {@code last}. */
    private static int seed(EmulatedAws world, int count, YearMonth last) {
        DynamoDbClient dynamoDb = world.emulators().dynamoDb().client();
        String table = world.tableName("OrdersTable");
        Random random = new Random(42);
        Set<String> references = new HashSet<>();
        List<WriteRequest> batch = new ArrayList<>();
        for (int number = 0; number < count; number++) {
            YearMonth month = last.minusMonths(number % 12);
            int day = 1 + random.nextInt(month.lengthOfMonth());
            Instant at = month.atDay(day)
                    .atTime(8 + random.nextInt(10), random.nextInt(60))
                    .toInstant(ZoneOffset.UTC);
            String[] counter = COUNTERS.get(random.nextInt(COUNTERS.size()));
            List<OrderSeeds.Line> lines = new ArrayList<>();
            for (int line = 0, size = 1 + random.nextInt(3); line < size; line++) {
                OrderSeeds.Line service = SERVICES.get(random.nextInt(SERVICES.size()));
                lines.add(new OrderSeeds.Line(
                        service.serviceId(),
                        service.serviceName(),
                        service.partnerId(),
                        service.partnerName(),
                        1 + random.nextInt(4),
                        service.unitPriceCents()));
            }
            Map<String, AttributeValue> item = OrderSeeds.item(
                    number,
                    at,
                    counter[0],
                    counter[1],
                    LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(3),
                    lines,
                    Optional.of("client-" + random.nextInt(6_000)),
                    random.nextInt(20) == 0 ? "CANCELLED" : "RECEIVED");
            if (!references.add(item.get("reference").s())) {
                continue;
            }
            batch.add(WriteRequest.builder()
                    .putRequest(PutRequest.builder().item(item).build())
                    .build());
            if (batch.size() == BATCH) {
                write(dynamoDb, table, batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            write(dynamoDb, table, batch);
        }
        return references.size();
    }

    private static void write(DynamoDbClient dynamoDb, String table, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> sent = pending;
            BatchWriteItemResponse response = dynamoDb.batchWriteItem(write -> write.requestItems(sent));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }

    /** Milliseconds of each measured run, sorted, after a few runs to warm up. */
    private static long[] measure(int runs, Runnable work) {
        for (int run = 0; run < WARM_UP; run++) {
            work.run();
        }
        long[] millis = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            work.run();
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
