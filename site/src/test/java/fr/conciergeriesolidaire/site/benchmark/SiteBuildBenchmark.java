package fr.conciergeriesolidaire.site.benchmark;

import fr.conciergeriesolidaire.site.OutputFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Full site builds in a fresh process, JBake (the project's builder, forked as Maven forks it: same main class,
 * classpath, JVM options and logging) and Hugo side by side on the same synthetic content, interleaved (JBake, Hugo,
 * JBake, Hugo…) so that whatever else the machine does weighs on both. Run by the {@code benchmark} profile:
 *
 * <pre>./mvnw -B -q -Pbenchmark -pl site -am verify -DskipTests</pre>
 *
 * Arguments: work folder, file holding the bake's runtime classpath, runs per size, sizes ("500,1000,2000"), then
 * the JVM options of the bake. Prints a Markdown table (medians of the runs) for BENCHMARKS.md.
 */
public final class SiteBuildBenchmark {
    private record Sample(long wallMillis, long peakRssKb) {}

    private SiteBuildBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]).toAbsolutePath();
        String classpath = "target/classes" + java.io.File.pathSeparator
                + Files.readString(Path.of(args[1])).trim();
        int runs = Integer.parseInt(args[2]);
        List<Integer> sizes =
                Arrays.stream(args[3].split(",")).map(Integer::valueOf).toList();
        List<String> jvmOptions = List.of(args).subList(4, args.length);
        boolean hugo = hugoInstalled();
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        OutputFolder.delete(work);
        Map<Integer, Integer> pages = new LinkedHashMap<>();
        for (int size : sizes) {
            SyntheticContent site = SyntheticSite.write(Path.of("."), work.resolve("sites/" + size), size, 51);
            pages.put(size, countPages(work.resolve("sites/" + size + "/jbake/content")));
            System.err.printf("%d: %d generated pages (%d in all)%n", size, site.pageCount(), pages.get(size));
        }
        Map<Integer, List<Sample>> jbake = new LinkedHashMap<>();
        Map<Integer, List<Sample>> hugoSamples = new LinkedHashMap<>();
        // One untimed round first: the files are then in the page cache for both.
        for (int run = 0; run <= runs; run++) {
            for (int size : sizes) {
                Path site = work.resolve("sites/" + size);
                Path out = work.resolve("out");
                Sample java = sample(jbakeCommand(classpath, jvmOptions, site, out), out);
                Sample go = hugo ? sample(hugoCommand(site, out), out) : null;
                if (run > 0) {
                    jbake.computeIfAbsent(size, key -> new ArrayList<>()).add(java);
                    if (go != null) {
                        hugoSamples
                                .computeIfAbsent(size, key -> new ArrayList<>())
                                .add(go);
                    }
                }
                System.err.printf(
                        "%s %d, %d pages: JBake %d ms, %d MB; Hugo %s%n",
                        run == 0 ? "warm-up" : "run",
                        run,
                        size,
                        java.wallMillis(),
                        java.peakRssKb() / 1024,
                        go == null ? "-" : go.wallMillis() + " ms, " + go.peakRssKb() / 1024 + " MB");
            }
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        print(sizes, pages, jbake, hugoSamples, runs, loadBefore, loadAfter, jvmOptions);
    }

    private static List<String> jbakeCommand(String classpath, List<String> jvmOptions, Path site, Path output) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Dsite.now=" + SyntheticSite.NOW,
                "-classpath",
                classpath,
                "fr.conciergeriesolidaire.site.SiteBuilder",
                Path.of(".").toAbsolutePath().normalize().toString(),
                output.toString(),
                site.resolve("jbake/content").toString(),
                site.resolve("jbake/data").toString()));
        return command;
    }

    private static List<String> hugoCommand(Path site, Path output) {
        return List.of(
                "hugo", "--quiet", "--source", site.resolve("hugo").toString(), "--destination", output.toString());
    }

    /** One build into an empty output folder (emptied outside the timing). */
    private static Sample sample(List<String> command, Path output) {
        OutputFolder.delete(output);
        MeasuredProcess.Result result =
                MeasuredProcess.run(command, Path.of(".").toAbsolutePath());
        return new Sample(result.wallMillis(), result.peakRssKb());
    }

    private static void print(
            List<Integer> sizes,
            Map<Integer, Integer> pages,
            Map<Integer, List<Sample>> jbake,
            Map<Integer, List<Sample>> hugo,
            int runs,
            String loadBefore,
            String loadAfter,
            List<String> jvmOptions) {
        System.out.printf(
                "%nFresh-process full builds, median of %d interleaved runs; JVM options: %s%n",
                runs, String.join(" ", jvmOptions));
        System.out.printf("Load average before: %s; after: %s%n%n", loadBefore, loadAfter);
        System.out.println(
                "| Pages | JBake (median, min–max) | JBake pages/s | JBake peak RSS | Hugo (median, min–max) | "
                        + "Hugo peak RSS | JBake / Hugo |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int size : sizes) {
            List<Sample> java = jbake.get(size);
            List<Sample> go = hugo.getOrDefault(size, List.of());
            long javaMedian = median(java, Sample::wallMillis);
            System.out.printf(
                    "| %,d | %,d ms (%,d–%,d) | %,d | %,d MB | %s | %s | %s |%n",
                    pages.get(size),
                    javaMedian,
                    min(java),
                    max(java),
                    pages.get(size) * 1000L / javaMedian,
                    max(java, Sample::peakRssKb) / 1024,
                    go.isEmpty()
                            ? "–"
                            : String.format("%,d ms (%,d–%,d)", median(go, Sample::wallMillis), min(go), max(go)),
                    go.isEmpty() ? "–" : String.format("%,d MB", max(go, Sample::peakRssKb) / 1024),
                    go.isEmpty() ? "–" : String.format("%.2f", (double) javaMedian / median(go, Sample::wallMillis)));
        }
        if (sizes.contains(1000) && sizes.contains(2000)) {
            System.out.printf(
                    "%nLinearity, time for 2,000 / time for 1,000: JBake %.2f%s%n",
                    (double) median(jbake.get(2000), Sample::wallMillis) / median(jbake.get(1000), Sample::wallMillis),
                    hugo.isEmpty()
                            ? ""
                            : String.format(
                                    ", Hugo %.2f",
                                    (double) median(hugo.get(2000), Sample::wallMillis)
                                            / median(hugo.get(1000), Sample::wallMillis)));
        }
    }

    private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> value) {
        long[] sorted = samples.stream().mapToLong(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long min(List<Sample> samples) {
        return samples.stream().mapToLong(Sample::wallMillis).min().orElseThrow();
    }

    private static long max(List<Sample> samples) {
        return max(samples, Sample::wallMillis);
    }

    private static long max(List<Sample> samples, java.util.function.ToLongFunction<Sample> value) {
        return samples.stream().mapToLong(value).max().orElseThrow();
    }

    private static boolean hugoInstalled() {
        try {
            return new ProcessBuilder("hugo", "version").start().waitFor() == 0;
        } catch (IOException absent) {
            System.err.println("hugo is not installed (apt-get install -y hugo): JBake only.");
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int countPages(Path content) {
        try (Stream<Path> walk = Files.walk(content)) {
            return (int) walk.filter(path -> path.toString().endsWith(".md")).count();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
