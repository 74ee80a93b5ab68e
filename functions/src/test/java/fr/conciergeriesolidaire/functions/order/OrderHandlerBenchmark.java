package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.http.Json;
import fr.conciergeriesolidaire.functions.submission.FormBasics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Measures the order handler (not a test; see BENCHMARKS.md for the command):
 * <ol>
 *   <li>cold start in a fresh JVM, Lambda-like flags, 1 CPU, shaded jar: to the first order stored in
 *       dynalite, against a baseline that only builds a DynamoDB client and puts one item;</li>
 *   <li>cold start of the stream notifier to the first order's e-mails sent (also proves the SES path of the jar);</li>
 *   <li>warm latency p50/p99 of the handler, with dynalite and with storage held in memory (handler alone);</li>
 *   <li>the memory each cold start used: peak resident set and live heap after a GC (sizing MemorySize);</li>
 *   <li>the jar's size.</li>
 * </ol>
 */
public final class OrderHandlerBenchmark {
    private static final int COLD_RUNS = 7;
    private static final int WARM_UP = 3000;
    private static final int MEASURED = 3000;

    private OrderHandlerBenchmark() {}

    public static void main(String[] arguments) throws Exception {
        Path jar = Path.of(arguments[0]).toAbsolutePath();
        Path testClasses = Path.of(arguments[1]).toAbsolutePath();
        try (EmulatedOrders world = EmulatedOrders.inMemory()) {
            Map<String, String> environment = world.environmentOf("OrderSubmissionFunction");
            environment.put("ORDER_RATE_LIMIT", "1000000");
            List<String> classpath = List.of(jar.toString(), testClasses.toString());

            long[] order = new long[COLD_RUNS];
            long[] baseline = new long[COLD_RUNS];
            long[] orderInJvm = new long[COLD_RUNS];
            long[] baselineInJvm = new long[COLD_RUNS];
            long[] orderPeakRss = new long[COLD_RUNS];
            long[] orderHeap = new long[COLD_RUNS];
            for (int run = 0; run < COLD_RUNS; run++) {
                long[] measured = coldStart(classpath, environment, "order");
                order[run] = measured[0];
                orderInJvm[run] = measured[1];
                orderPeakRss[run] = measured[2];
                orderHeap[run] = measured[3];
                measured = coldStart(classpath, environment, "baseline");
                baseline[run] = measured[0];
                baselineInJvm[run] = measured[1];
            }
            String reference = Json.MAPPER
                    .readTree(world.submissionHandler(Clock.systemUTC())
                            .handleRequest(OrderEvents.json(ColdStartProbe.nextTuesdayOrder()), null)
                            .getBody())
                    .path("reference")
                    .asText();
            Map<String, String> notifierEnvironment = world.environmentOf("OrderNotifierFunction");
            long[] notifier = coldStart(classpath, notifierEnvironment, "notifier", reference);

            OrderSubmissionHandler stored = new OrderSubmissionHandler(environment, Clock.systemUTC());
            OrderSubmissionHandler inMemory = new OrderSubmissionHandler(
                    new OrderComponents(FormBasics.packaged(Clock.systemUTC()), new InMemoryOrderInfrastructure()));
            long[] warmStored = warm(() -> time(stored));
            long[] warmInMemory = warm(() -> time(inMemory));

            System.out.printf(
                    "cold start to first stored order (wall, ms):   median %d  runs %s%n",
                    median(order), Arrays.toString(order));
            System.out.printf("  of which in the JVM after main():              median %d%n", median(orderInJvm));
            System.out.printf(
                    "baseline client + one PutItem (wall, ms):       median %d  runs %s%n",
                    median(baseline), Arrays.toString(baseline));
            System.out.printf("  of which in the JVM after main():              median %d%n", median(baselineInJvm));
            System.out.printf(
                    "ratio order / baseline (wall medians):          %.2f%n",
                    (double) median(order) / median(baseline));
            System.out.printf(
                    "cold start notifier to 4 e-mails sent (ms):     wall %d, in JVM %d%n", notifier[0], notifier[1]);
            System.out.printf(
                    "order cold start memory (MB):                   peak RSS median %d, live heap median %d%n",
                    median(orderPeakRss), median(orderHeap));
            System.out.printf(
                    "notifier cold start memory (MB):                peak RSS %d, live heap %d%n",
                    notifier[2], notifier[3]);
            System.out.printf(
                    "warm handler with dynalite (us):                p50 %d  p99 %d%n",
                    percentile(warmStored, 50), percentile(warmStored, 99));
            System.out.printf(
                    "warm handler, storage in memory (us):           p50 %d  p99 %d%n",
                    percentile(warmInMemory, 50), percentile(warmInMemory, 99));
            System.out.printf("shaded jar: %s, %.1f MB%n", jar.getFileName(), Files.size(jar) / 1_000_000.0);
        }
    }

    private static long[] coldStart(List<String> classpath, Map<String, String> environment, String... probe)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1",
                "-XX:ActiveProcessorCount=1",
                "-Xshare:auto",
                "-cp",
                String.join(java.io.File.pathSeparator, classpath),
                ColdStartProbe.class.getName()));
        command.addAll(List.of(probe));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("Probe " + probe[0] + " failed: " + output);
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        return new long[] {
            wall, printed(output, "in-jvm-ms "), printed(output, "peak-rss-mb "), printed(output, "heap-after-gc-mb ")
        };
    }

    private static long printed(String output, String prefix) {
        return Long.parseLong(output.lines()
                .filter(line -> line.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(output))
                .substring(prefix.length()));
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

    private static long median(long[] values) {
        return percentile(values, 50);
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
