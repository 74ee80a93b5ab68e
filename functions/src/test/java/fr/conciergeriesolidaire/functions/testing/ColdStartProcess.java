package fr.conciergeriesolidaire.functions.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A cold start measured from outside: a fresh JVM with Lambda-like flags (C1 only, one CPU) running a probe's
 * {@code main} on the given classpath, configured only by environment variables, as Lambda configures a function.
 * Its wall time, and the figures it printed as {@code name value} lines.
 */
public final class ColdStartProcess {
    private ColdStartProcess() {}

    /** What a probe printed ({@code in-jvm-ms 812}...), with {@code wall-ms} measured here. */
    public static Map<String, Long> run(
            String java, List<String> classpath, Map<String, String> environment, String probe, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                java,
                "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1",
                "-XX:ActiveProcessorCount=1",
                "-Xshare:auto",
                "-cp",
                String.join(File.pathSeparator, classpath),
                probe));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("Probe " + String.join(" ", arguments) + " failed: " + output);
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("wall-ms", (System.nanoTime() - start) / 1_000_000);
        output.lines()
                .map(line -> line.split(" "))
                .filter(words -> words.length == 2 && words[1].matches("\\d+"))
                .forEach(words -> figures.put(words[0], Long.parseLong(words[1])));
        if (!figures.containsKey("in-jvm-ms")) {
            throw new IllegalStateException(output);
        }
        return figures;
    }
}
