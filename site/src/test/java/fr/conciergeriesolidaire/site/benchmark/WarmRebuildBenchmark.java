package fr.conciergeriesolidaire.site.benchmark;

import fr.conciergeriesolidaire.site.BuildSettings;
import fr.conciergeriesolidaire.site.OutputFolder;
import fr.conciergeriesolidaire.site.SiteBuilder;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.SourceCopy;
import fr.conciergeriesolidaire.site.live.LiveSite;
import fr.conciergeriesolidaire.site.live.RebuildOutcomes;
import fr.conciergeriesolidaire.site.live.SourceWatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The local runner's rebuild after a one-file edit, in a warm process: a {@link LiveSite} of the synthetic site
 * (1,000 pages by default) watched by a {@link SourceWatcher}, as the runner uses them. Times, for an edit of a
 * content file (a news title), of a data file (a price) and of a template (the footer, so every page), from the
 * moment the file is written to the moment the site serves the edit (from memory, as the runner does: the files
 * are written to the output folder just after) — what a reader reloading the page waits at most. Kinds of edit are interleaved; the process first rebuilds a few times to warm up.
 *
 * <pre>./mvnw -B -q -Pbenchmark -pl site -am verify -DskipTests</pre>
 *
 * Arguments: work folder, edits of each kind, pages.
 */
public final class WarmRebuildBenchmark {
    private static final int WARM_UP_BUILDS = 15;

    private record Edit(String kind, Path file, IntFunction<String> marker, EditAction action) {}

    @FunctionalInterface
    private interface EditAction {
        void apply(Path file, int version) throws IOException;
    }

    private WarmRebuildBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        int edits = Integer.parseInt(args[1]);
        int pages = Integer.parseInt(args[2]);
        OutputFolder.delete(work);
        SyntheticSite.write(Path.of("."), work.resolve("site"), pages, 51);
        Path theme = SourceCopy.theme(work.resolve("theme"));
        Path jbake = work.resolve("site/jbake");
        SiteSources sources =
                new SiteSources(theme, jbake.resolve("content"), jbake.resolve("data"), work.resolve("out"));
        Clock now = Clock.fixed(OffsetDateTime.parse(SyntheticSite.NOW).toInstant(), ZoneOffset.UTC);

        RebuildOutcomes outcomes = new RebuildOutcomes();
        LiveSite site = new LiveSite(sources, new BuildSettings(null, now));
        try (SourceWatcher watcher = SourceWatcher.start(site, Duration.ofMillis(30), outcomes)) {
            for (int i = 0; i < WARM_UP_BUILDS; i++) {
                System.err.printf(
                        "warm-up build %d: %d ms%n",
                        i, site.rebuild().duration().toMillis());
            }
            List<Edit> kinds = edits(sources);
            Map<String, List<Long>> published = new LinkedHashMap<>();
            Map<String, List<Long>> builds = new LinkedHashMap<>();
            for (int version = 1; version <= edits; version++) {
                for (Edit edit : kinds) {
                    long started = System.nanoTime();
                    edit.action().apply(edit.file(), version);
                    String page = pageShowing(edit);
                    String marker = edit.marker().apply(version);
                    awaitServed(site, watcher, page, marker);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    SiteBuilder.Report report =
                            awaitWritten(outcomes, sources.output().resolve(page), marker);
                    published
                            .computeIfAbsent(edit.kind(), key -> new ArrayList<>())
                            .add(millis);
                    builds.computeIfAbsent(edit.kind(), key -> new ArrayList<>())
                            .add(report.duration().toMillis());
                    System.err.printf(
                            "%s edit %d: served after %d ms (build %d ms)%n",
                            edit.kind(), version, millis, report.duration().toMillis());
                }
            }
            if (!watcher.awaitFresh(Duration.ofMinutes(1))) {
                throw new IllegalStateException("Rebuilds still pending a minute after the last edit");
            }
            print(pages, edits, published, builds);
        }
    }

    /** The edits, each writing a marker of its version that the benchmark then looks for in the published site. */
    private static List<Edit> edits(SiteSources sources) throws IOException {
        Path post;
        try (Stream<Path> posts = Files.list(sources.content().resolve("actualites"))) {
            post = posts.filter(Files::isDirectory)
                    .sorted()
                    .findFirst()
                    .orElseThrow()
                    .resolve("index.md");
        }
        return List.of(
                new Edit(
                        "content",
                        post,
                        version -> "Titre modifié " + version,
                        (file, version) -> replaceLine(file, "title=", "title=Titre modifié " + version)),
                new Edit(
                        "data",
                        sources.data().resolve("catalog.yaml"),
                        version -> (10 + version) + ",00",
                        (file, version) -> replaceLine(file, "priceCents: ", "priceCents: " + (1000 + 100 * version))),
                new Edit(
                        "template",
                        sources.templates().resolve("partials/footer.ftlh"),
                        version -> "<!-- version " + version + " -->",
                        (file, version) -> replaceLine(
                                file,
                                "<footer class=\"site-footer\">",
                                "<footer class=\"site-footer\"><!-- version " + version + " -->")));
    }

    /** Replaces the first line starting with {@code prefix} once indented (YAML), keeping its indentation. */
    private static void replaceLine(Path file, String prefix, String line) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (int i = 0; i < lines.size(); i++) {
            String current = lines.get(i);
            if (current.strip().startsWith(prefix)) {
                lines.set(i, current.substring(0, current.indexOf(prefix)) + line);
                Files.write(file, lines);
                return;
            }
        }
        throw new IllegalStateException("No line starting with " + prefix + " in " + file);
    }

    /** The page where an edit of this kind shows. */
    private static String pageShowing(Edit edit) {
        return switch (edit.kind()) {
            case "content" -> "actualites/index.html";
            case "data" -> "commander/index.html";
            default -> "index.html";
        };
    }

    /** As the runner serves a page: once the changes seen are built, from memory; again until the edit is seen. */
    private static void awaitServed(LiveSite site, SourceWatcher watcher, String page, String marker)
            throws InterruptedException {
        while (!watcher.awaitFresh(Duration.ofMinutes(1))
                || !new String(site.file(page).orElseThrow(), StandardCharsets.UTF_8).contains(marker)) {
            Thread.sleep(1);
        }
    }

    /** The rebuild's report, once the edit is also written to the output folder. */
    private static SiteBuilder.Report awaitWritten(RebuildOutcomes outcomes, Path page, String marker)
            throws Exception {
        while (true) {
            SiteBuilder.Report report = outcomes.next(Duration.ofMinutes(1));
            if (Files.readString(page).contains(marker)) {
                return report;
            }
        }
    }

    private static void print(int pages, int edits, Map<String, List<Long>> published, Map<String, List<Long>> builds) {
        System.out.printf(
                "%nWarm rebuilds of the %,d-page synthetic site after a one-file edit, %d edits of each kind "
                        + "(interleaved), after %d warm-up builds.%n",
                pages, edits, WARM_UP_BUILDS);
        System.out.println("Load average: " + loadAverage() + "\n");
        System.out.println("| Edit | Edit to served: median | max | Build alone: median |");
        System.out.println("| --- | ---: | ---: | ---: |");
        published.forEach((kind, millis) -> System.out.printf(
                "| %s | %,d ms | %,d ms | %,d ms |%n",
                kind,
                median(millis),
                millis.stream().mapToLong(Long::longValue).max().orElseThrow(),
                median(builds.get(kind))));
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException unreadable) {
            return "?";
        }
    }
}
