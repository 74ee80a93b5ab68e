package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.testing.ColdStartProcess;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Measures the form handlers (not a test; see BENCHMARKS.md for the command):
 * <ol>
 *   <li>cold start in a fresh JVM, Lambda-like flags, 1 CPU, shaded jar: to the first order stored in dynalite,
 *       against a baseline that only builds a DynamoDB client and puts one item, runs interleaved; the same for the
 *       first company sign-up;</li>
 *   <li>the phases of the order's cold start, without and with SnapStart priming run before the first request in
 *       the same JVM (what the first request still costs once primed approximates a restored snapshot's);</li>
 *   <li>cold start of the stream notifier to the first order's e-mails sent (also proves the SES path of the jar);</li>
 *   <li>warm latency p50/p99 of the handler, with dynalite and with storage held in memory (handler alone);</li>
 *   <li>the memory each cold start used: peak resident set and live heap after a GC (sizing MemorySize);</li>
 *   <li>the jar's size, and the load average around the run (the machine is shared).</li>
 * </ol>
 * Arguments: the shaded jar, the test classes folder, and optionally the {@code java} to start probes with.
 */
public final class OrderHandlerBenchmark {
    private static final int COLD_RUNS = 9;
    private static final int WARM_UP = 3000;
    private static final int MEASURED = 3000;
    private static final List<String> PROBES =
            List.of("order", "baseline", "order-primed", "subscription", "order-refused");

    /** One probe's run: its wall time, seen from here, and the figures it printed. */
    private record Run(long wallMs, Map<String, Long> printed) {
        long get(String figure) {
            return printed.getOrDefault(figure, 0L);
        }
    }

    private OrderHandlerBenchmark() {}

    public static void main(String[] arguments) throws Exception {
        Path jar = Path.of(arguments[0]).toAbsolutePath();
        Path testClasses = Path.of(arguments[1]).toAbsolutePath();
        String java = arguments.length > 2 && !arguments[2].isBlank()
                ? arguments[2]
                : ProcessHandle.current().info().command().orElse("java");
        String loadBefore = loadAverage();
        try (EmulatedOrders world = EmulatedOrders.inMemory()) {
            Map<String, String> orders = world.environmentOf("OrderSubmissionFunction");
            orders.put("ORDER_RATE_LIMIT", "1000000");
            orders.put("CONFIRMATION_LIMIT", "1000000");
            Map<String, String> signUps = world.environmentOf("SubscriptionSubmissionFunction");
            signUps.put("SUBSCRIPTION_RATE_LIMIT", "1000000");
            signUps.put("CONFIRMATION_LIMIT", "1000000");
            List<String> classpath = List.of(jar.toString(), testClasses.toString());

            Map<String, List<Run>> cold = new LinkedHashMap<>();
            for (int run = 0; run < COLD_RUNS; run++) {
                for (String probe : PROBES) {
                    Map<String, String> environment = probe.startsWith("subscription") ? signUps : orders;
                    cold.computeIfAbsent(probe, name -> new ArrayList<>())
                            .add(coldStart(java, classpath, environment, probe));
                }
            }
            String reference = JsonTrees.MAPPER
                    .readTree(EmulatedOrders.submissionHandler(Clock.systemUTC(), orders)
                            .handleRequest(OrderEvents.json(ColdStartProbe.nextTuesdayOrder()), null)
                            .getBody())
                    .path("reference")
                    .asText();
            Run notifier =
                    coldStart(java, classpath, world.environmentOf("OrderNotifierFunction"), "notifier", reference);

            OrderSubmissionHandler stored = EmulatedOrders.submissionHandler(Clock.systemUTC(), orders);
            OrderSubmissionHandler inMemory = new InMemoryOrders(Clock.systemUTC()).submissionHandler();
            long[] warmStored = warm(() -> time(stored));
            long[] warmInMemory = warm(() -> time(inMemory));

            List<Run> order = cold.get("order");
            List<Run> baseline = cold.get("baseline");
            List<Run> primed = cold.get("order-primed");
            List<Run> subscription = cold.get("subscription");
            System.out.printf("probe JVM: %s (%d cold runs of each, interleaved)%n", java, COLD_RUNS);
            System.out.printf(
                    "cold start to first stored order (wall, ms):   median %d  runs %s%n",
                    median(order, Run::wallMs), walls(order));
            System.out.printf(
                    "  of which in the JVM after main():              median %d%n",
                    median(order, run -> run.get("in-jvm-ms")));
            System.out.printf(
                    "baseline client + one PutItem (wall, ms):       median %d  runs %s%n",
                    median(baseline, Run::wallMs), walls(baseline));
            System.out.printf(
                    "  of which in the JVM after main():              median %d%n",
                    median(baseline, run -> run.get("in-jvm-ms")));
            System.out.printf(
                    "ratio order / baseline (wall medians):          %.2f%n",
                    (double) median(order, Run::wallMs) / median(baseline, Run::wallMs));
            System.out.printf(
                    "cold start to first stored sign-up (wall, ms): median %d  runs %s  ratio to baseline %.2f%n",
                    median(subscription, Run::wallMs),
                    walls(subscription),
                    (double) median(subscription, Run::wallMs) / median(baseline, Run::wallMs));
            printPhases("order phases, not primed", order);
            printPhases("order phases, primed first", primed);
            printPhases("sign-up phases, not primed", subscription);
            List<Run> refused = cold.get("order-refused");
            System.out.printf(
                    "cold start to first HTML refusal (wall, ms):   median %d  runs %s%n",
                    median(refused, Run::wallMs), walls(refused));
            printPhases("HTML refusal phases (page from its template)", refused);
            System.out.printf(
                    "cold start notifier to 4 e-mails sent (ms):     wall %d, in JVM %d%n",
                    notifier.wallMs(), notifier.get("in-jvm-ms"));
            System.out.printf(
                    "order cold start memory (MB):                   peak RSS median %d, live heap median %d%n",
                    median(order, run -> run.get("peak-rss-mb")), median(order, run -> run.get("heap-after-gc-mb")));
            System.out.printf(
                    "notifier cold start memory (MB):                peak RSS %d, live heap %d%n",
                    notifier.get("peak-rss-mb"), notifier.get("heap-after-gc-mb"));
            System.out.printf(
                    "warm handler with dynalite (us):                p50 %d  p99 %d%n",
                    percentile(warmStored, 50), percentile(warmStored, 99));
            System.out.printf(
                    "warm handler, storage in memory (us):           p50 %d  p99 %d%n",
                    percentile(warmInMemory, 50), percentile(warmInMemory, 99));
            System.out.printf("shaded jar: %s, %.1f MB%n", jar.getFileName(), Files.size(jar) / 1_000_000.0);
            System.out.printf("load average before / after: %s / %s%n", loadBefore, loadAverage());
        }
    }

    private static Run coldStart(String java, List<String> classpath, Map<String, String> environment, String... probe)
            throws IOException, InterruptedException {
        Map<String, Long> printed =
                ColdStartProcess.run(java, classpath, environment, ColdStartProbe.class.getName(), probe);
        return new Run(printed.remove("wall-ms"), printed);
    }

    private static void printPhases(String label, List<Run> runs) {
        System.out.printf(
                "%-48s construction %d, priming %d, first request %d%n",
                label + " (ms):",
                median(runs, run -> run.get("construction-ms")),
                median(runs, run -> run.get("priming-ms")),
                median(runs, run -> run.get("first-request-ms")));
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" "))
                            .subList(0, 3));
        } catch (IOException notLinux) {
            return "?";
        }
    }

    private static long time(OrderSubmissionHandler handler) {
        var event = OrderEvents.post(
                "application/json",
                ColdStartProbe.nextTuesdayOrder().replace("Benchmark", "Warm"),
                "198.51.100." + UUID.randomUUID().hashCode() % 200);
        long start = System.nanoTime();
        var response = handler.handleRequest(event, null);
        long elapsed = (System.nanoTime() - start) / 1_000;
        if (response.getStatusCode() != 201) {
            throw new IllegalStateException(response.getBody());
        }
        return elapsed;
    }

    private static long[] warm(LongSupplier request) {
        for (int index = 0; index < WARM_UP; index++) {
            request.getAsLong();
        }
        long[] samples = new long[MEASURED];
        for (int index = 0; index < MEASURED; index++) {
            samples[index] = request.getAsLong();
        }
        return samples;
    }

    private static String walls(List<Run> runs) {
        return runs.stream().map(Run::wallMs).toList().toString();
    }

    private static long median(List<Run> runs, ToLongFunction<Run> figure) {
        return percentile(runs.stream().mapToLong(figure).toArray(), 50);
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
