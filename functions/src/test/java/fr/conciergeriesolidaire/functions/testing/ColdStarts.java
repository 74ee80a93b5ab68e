package fr.conciergeriesolidaire.functions.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmarks of functions share: their arguments, the cold starts of several functions measured in turns (so
 * that a busy moment of the machine weighs on all alike), each not primed then primed, and the figures' medians and
 * percentiles.
 */
public final class ColdStarts {
    private ColdStarts() {}

    /**
     * A benchmark's arguments: the shaded jar, the test classes folder, and optionally the {@code java} to start
     * probes with (Maven's own otherwise).
     */
    public record Setup(Path jar, Path testClasses, String java) {
        public static Setup of(String[] arguments) {
            return new Setup(
                    Path.of(arguments[0]).toAbsolutePath(),
                    Path.of(arguments[1]).toAbsolutePath(),
                    arguments.length > 2 && !arguments[2].isBlank()
                            ? arguments[2]
                            : ProcessHandle.current().info().command().orElse("java"));
        }

        List<String> classpath() {
            return List.of(jar.toString(), testClasses.toString());
        }
    }

    /**
     * Each function's cold start, {@code runs} times in turns, not primed ({@code cold}) and primed: by the probe's
     * {@code main(function, priming, arguments...)}, in a fresh JVM with the function's environment.
     *
     * @param functions the probe's name of each function, to its environment
     * @return each {@code "<function> <priming>"} with the figures of its runs
     */
    public static Map<String, List<Map<String, Long>>> interleaved(
            Setup setup, int runs, Map<String, Map<String, String>> functions, String probe, String... arguments)
            throws Exception {
        Map<String, List<Map<String, Long>>> cold = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            for (Map.Entry<String, Map<String, String>> function : functions.entrySet()) {
                for (String priming : List.of("cold", "primed")) {
                    List<String> probeArguments = new ArrayList<>(List.of(function.getKey(), priming));
                    probeArguments.addAll(List.of(arguments));
                    cold.computeIfAbsent(function.getKey() + " " + priming, key -> new ArrayList<>())
                            .add(ColdStartProcess.run(
                                    setup.java(),
                                    setup.classpath(),
                                    function.getValue(),
                                    probe,
                                    probeArguments.toArray(String[]::new)));
                }
            }
        }
        return cold;
    }

    /** One line per probe: the medians of its wall time and of its phases in the JVM. */
    public static void print(Map<String, List<Map<String, Long>>> cold) {
        cold.forEach((probe, runs) -> System.out.printf(
                "%-22s wall %4d ms  (in JVM %4d: construction %4d, priming %4d, first request %4d)%n",
                probe,
                median(runs, "wall-ms"),
                median(runs, "in-jvm-ms"),
                median(runs, "construction-ms"),
                median(runs, "priming-ms"),
                median(runs, "first-request-ms")));
    }

    public static long median(List<Map<String, Long>> runs, String figure) {
        return percentile(
                runs.stream().mapToLong(run -> run.getOrDefault(figure, 0L)).toArray(), 50);
    }

    /** The value below which {@code percent} % of the values fall (nearest rank). */
    public static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
