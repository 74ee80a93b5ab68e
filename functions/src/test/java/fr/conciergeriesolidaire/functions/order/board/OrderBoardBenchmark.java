package fr.conciergeriesolidaire.functions.order.board;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.OpeningHours;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.ContactDetails;
import fr.conciergeriesolidaire.functions.order.Customer;
import fr.conciergeriesolidaire.functions.order.EmulatedOrders;
import fr.conciergeriesolidaire.functions.order.OrderItems;
import fr.conciergeriesolidaire.functions.order.OrderLine;
import fr.conciergeriesolidaire.functions.order.OrderRequest;
import fr.conciergeriesolidaire.functions.order.OrderStore;
import fr.conciergeriesolidaire.functions.order.OrderWiring;
import fr.conciergeriesolidaire.functions.order.Slot;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.testing.ColdStarts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Measures the team's order screens (not a test; see BENCHMARKS.md, "Back-office", for the command), on 50,000 orders
 * stored in dynalite, spread over the counters' openings of the orders' 13 months of retention and the coming month:
 * <ol>
 *   <li>the board's query for a day at a counter ({@code OrderStore.atCounter}, the {@code by-counter-day} index), on
 *       random opening days;</li>
 *   <li>whole board pages as the function answers them: a concierge's day at their counter, the team's default week
 *       at every counter (one query per counter and day), and a day's round sheet;</li>
 *   <li>the cold start of the board's, the order page's and the partner page's functions, each in a fresh JVM on the
 *       shaded jar, not primed and primed first (as before a SnapStart snapshot).</li>
 * </ol>
 * Arguments: the shaded jar, the test classes folder, and optionally the {@code java} to start probes with.
 */
public final class OrderBoardBenchmark {
    static final int ORDERS = 50_000;
    private static final int WARM_UP = 100;
    private static final int MEASURED = 400;
    private static final int PAGES = 60;
    private static final int COLD_RUNS = 5;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private OrderBoardBenchmark() {}

    public static void main(String[] arguments) throws Exception {
        ColdStarts.Setup setup = ColdStarts.Setup.of(arguments);
        Clock clock = Clock.systemUTC();
        try (EmulatedOrders world = EmulatedOrders.inMemory()) {
            List<CounterDay> days = openingDays(PackagedSiteData.data(), LocalDate.now(ZONE));
            long loadStart = System.nanoTime();
            List<String> references = load(world, days);
            long loadSeconds = (System.nanoTime() - loadStart) / 1_000_000_000;

            OrderStore store = world.wiring("OrderBoardFunction", clock).store();
            Random random = new Random(7);
            long[] day = measure(WARM_UP, MEASURED, () -> {
                CounterDay asked = days.get(random.nextInt(days.size()));
                store.atCounter(asked.counter().id(), asked.date());
            });
            OrderBoardHandler boards = new OrderBoardHandler(
                    new BoardWiring(new Environment(world.environmentOf("OrderBoardFunction")), clock));
            SignedInMember team = InMemoryBoard.member(Role.TEAM);
            SignedInMember concierge = InMemoryBoard.member(Role.COUNTER, "comptoir-tilleuls");
            LocalDate today = LocalDate.now(ZONE);
            CounterDay tilleuls = days.stream()
                    .filter(candidate -> candidate.counter().id().equals("comptoir-tilleuls")
                            && !candidate.date().isBefore(today))
                    .findFirst()
                    .orElseThrow();
            long[] conciergeDay = measure(
                    10,
                    PAGES,
                    () -> page(
                            boards,
                            OrderBoardHandler.BOARD,
                            concierge,
                            Map.of("du", tilleuls.date().toString(), "jours", "1")));
            long[] teamWeek = measure(5, PAGES, () -> page(boards, OrderBoardHandler.BOARD, team, Map.of()));
            long[] roundSheet = measure(
                    5,
                    PAGES,
                    () -> page(
                            boards,
                            OrderBoardHandler.ROUND_SHEET,
                            concierge,
                            Map.of("du", tilleuls.date().toString())));

            String reference = references.get(references.size() / 2);
            String link = partnerLink(world, clock, reference);
            Map<String, Map<String, String>> functions = new LinkedHashMap<>();
            functions.put("board", world.environmentOf("OrderBoardFunction"));
            functions.put("order", world.environmentOf("OrderPageFunction"));
            functions.put("partner", world.environmentOf("PartnerLinkFunction"));
            Map<String, List<Map<String, Long>>> cold = ColdStarts.interleaved(
                    setup, COLD_RUNS, functions, OrderScreensColdStartProbe.class.getName(), reference, link);

            System.out.printf(
                    "%d orders stored in %d s; %d counter days, about %d orders each%n",
                    references.size(), loadSeconds, days.size(), references.size() / days.size());
            System.out.printf("probe JVM: %s (%d cold runs of each, interleaved)%n", setup.java(), COLD_RUNS);
            report("a day at a counter, the query (ms)", day);
            report("a concierge's day, the whole page (ms)", conciergeDay);
            report("the team's default week, every counter (ms)", teamWeek);
            report("a day's round sheet, one counter (ms)", roundSheet);
            ColdStarts.print(cold);
        }
    }

    /** A counter open on a day. */
    record CounterDay(Counter counter, LocalDate date, List<OpeningHours> openings) {}

    /** Every opening day of every counter from 365 days ago to 30 days ahead. */
    static List<CounterDay> openingDays(SiteData data, LocalDate today) {
        List<CounterDay> days = new ArrayList<>();
        for (LocalDate date = today.minusDays(365); !date.isAfter(today.plusDays(30)); date = date.plusDays(1)) {
            for (Counter counter : data.counters()) {
                LocalDate on = date;
                List<OpeningHours> openings = counter.hours().stream()
                        .filter(hours -> hours.day() == on.getDayOfWeek())
                        .toList();
                if (!openings.isEmpty() && !counter.closedDates().contains(date)) {
                    days.add(new CounterDay(counter, date, openings));
                }
            }
        }
        return days;
    }

    /** 50,000 orders, round-robin over the opening days, written 25 at a time by four writers. */
    private static List<String> load(EmulatedOrders world, List<CounterDay> days) throws Exception {
        DynamoDbClient dynamoDb = world.emulators().dynamoDb().client();
        String table = world.tableName("OrdersTable");
        List<String> references = new ArrayList<>();
        List<List<WriteRequest>> batches = new ArrayList<>();
        List<WriteRequest> batch = new ArrayList<>();
        for (int index = 0; index < ORDERS; index++) {
            CounterDay day = days.get(index % days.size());
            String reference = References.candidate("benchmark-" + index, 0);
            references.add(reference);
            OrderRequest request = request(day, index);
            Instant received = request.slot().start().minusSeconds(3 * 86_400);
            batch.add(WriteRequest.builder()
                    .putRequest(PutRequest.builder()
                            .item(OrderItems.stored(reference, request, received))
                            .build())
                    .build());
            if (batch.size() == 25) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> written = new ArrayList<>();
            for (List<WriteRequest> requests : batches) {
                written.add(writers.submit(() -> write(dynamoDb, table, requests)));
            }
            for (Future<?> future : written) {
                future.get();
            }
        } finally {
            writers.shutdown();
        }
        return references;
    }

    private static void write(DynamoDbClient dynamoDb, String table, List<WriteRequest> requests) {
        Map<String, List<WriteRequest>> left = Map.of(table, requests);
        while (!left.isEmpty()) {
            Map<String, List<WriteRequest>> asked = left;
            BatchWriteItemResponse response = dynamoDb.batchWriteItem(write -> write.requestItems(asked));
            left = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }

    /** An order of shirts and heels in one of the day's slots, from a customer of its own. */
    private static OrderRequest request(CounterDay day, int index) {
        Counter counter = day.counter();
        OpeningHours opening = day.openings().get(index % day.openings().size());
        int slots = (int) java.time.Duration.between(opening.opens(), opening.closes())
                        .toMinutes()
                / counter.slotMinutes();
        LocalTime from = opening.opens().plusMinutes((long) (index % slots) * counter.slotMinutes());
        LocalTime to = from.plusMinutes(counter.slotMinutes());
        Slot slot = new Slot(
                day.date(), from, to, day.date().atTime(from).atZone(ZONE).toInstant());
        return new OrderRequest(
                counter.id(),
                counter.name(),
                counter.address().oneLine(),
                List.of(
                        new OrderLine(
                                "repassage-chemise",
                                "Repassage d'une chemise",
                                "la chemise",
                                "atelier-repassage",
                                "L'Atelier du Fer à Repasser",
                                "commandes@atelier-repassage.example",
                                1 + index % 5,
                                250),
                        new OrderLine(
                                "talons",
                                "Remplacement des talons",
                                "la paire",
                                "cordonnerie-solidaire",
                                "La Cordonnerie Solidaire",
                                "atelier@cordonnerie-solidaire.example",
                                1,
                                1800)),
                slot,
                new Customer(
                        new ContactDetails(
                                "Client", "Numéro" + index, "+33612345678", "client" + index + "@exemple.fr"),
                        Optional.of("Bâtiment B")),
                Optional.empty(),
                Optional.empty());
    }

    /** The ironing partner's link to that order, stored as its notifier stores it: its value. */
    private static String partnerLink(EmulatedOrders world, Clock clock, String reference) {
        OrderWiring orders = world.wiring("OrderNotifierFunction", clock);
        String link = orders.partnerLinks()
                .issue(orders.store().find(reference).orElseThrow(), "atelier-repassage", clock.instant());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static void page(
            OrderBoardHandler handler, String route, SignedInMember member, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = BackOfficeEvents.signedIn(BackOfficeEvents.get(route, Map.of(), query), member);
        int status = handler.handleRequest(event, null).getStatusCode();
        if (status != 200) {
            throw new IllegalStateException(route + " answered " + status);
        }
    }

    /** Milliseconds (to the tenth) of each measured run, after the warm-up runs. */
    private static long[] measure(int warmUp, int measured, Runnable work) {
        for (int index = 0; index < warmUp; index++) {
            work.run();
        }
        long[] samples = new long[measured];
        for (int index = 0; index < measured; index++) {
            long start = System.nanoTime();
            work.run();
            samples[index] = (System.nanoTime() - start) / 100_000;
        }
        return samples;
    }

    private static void report(String what, long[] tenthsOfMs) {
        System.out.printf(
                "%-46s p50 %5.1f  p95 %5.1f  max %5.1f%n",
                what,
                ColdStarts.percentile(tenthsOfMs, 50) / 10.0,
                ColdStarts.percentile(tenthsOfMs, 95) / 10.0,
                ColdStarts.percentile(tenthsOfMs, 100) / 10.0);
    }
}
