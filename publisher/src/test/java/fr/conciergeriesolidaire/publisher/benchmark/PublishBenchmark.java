package fr.conciergeriesolidaire.publisher.benchmark;

import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.NodeTools;
import fr.conciergeriesolidaire.emulators.S3Emulator;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import fr.conciergeriesolidaire.programme.table.EventTable;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import fr.conciergeriesolidaire.publisher.bucket.ManifestStore;
import fr.conciergeriesolidaire.publisher.bucket.SiteBucket;
import fr.conciergeriesolidaire.publisher.bucket.SitePublisher;
import fr.conciergeriesolidaire.publisher.build.SiteRender;
import fr.conciergeriesolidaire.publisher.cdn.NoCdn;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.benchmark.SyntheticSite;
import fr.conciergeriesolidaire.site.event.EventSeed;
import fr.conciergeriesolidaire.site.publish.ContentTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The publisher's own work, in one warm process against dynalite and s3rver on this machine: for the real site and
 * the synthetic site, the first publish (every file uploaded), then medians of the build from the table (scan and
 * SiteBuilder, in memory), of the diff of an unchanged build against the manifest (hashes, nothing uploaded), and of a
 * one-event edit published (build, diff, upload of the changed files). S3 here is s3rver on the loopback: uploads to
 * S3 from Lambda take longer per file (see BENCHMARKS.md for the budget).
 *
 * <pre>./mvnw -B -q -Ppublish-benchmark -pl publisher -am verify -DskipTests</pre>
 *
 * Arguments: work folder, runs, pages of the synthetic site. Run from the site folder (the generator reads it).
 */
public final class PublishBenchmark {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Clock NOW =
            Clock.fixed(OffsetDateTime.parse("2026-11-28T12:00:00+01:00").toInstant(), ZoneOffset.UTC);
    private static final int WARM_UP = 3;

    private PublishBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int pages = Integer.parseInt(args[2]);
        if (Files.exists(work)) {
            throw new IllegalStateException(work + " exists: remove it first");
        }
        SyntheticSite.main(new String[] {work.resolve("synthetic").toString(), Integer.toString(pages)});
        Path theme = Path.of(".").toAbsolutePath().normalize();
        Path synthetic = work.resolve("synthetic/jbake");
        try (Emulators emulators = Emulators.startInMemory();
                S3Emulator s3 = S3Emulator.start(System.getenv())) {
            SamTemplate template =
                    SamTemplate.read(NodeTools.ofRepository().root().resolve("template.yaml"));
            measure(
                    "real site",
                    SiteSources.of(theme, work.resolve("out-real")),
                    "real",
                    emulators,
                    s3,
                    template,
                    runs);
            measure(
                    pages + "-page synthetic site",
                    new SiteSources(
                            theme,
                            synthetic.resolve("content"),
                            synthetic.resolve("data"),
                            work.resolve("out-synthetic")),
                    "synthetic",
                    emulators,
                    s3,
                    template,
                    runs);
        }
    }

    private static void measure(
            String name,
            SiteSources sources,
            String prefix,
            Emulators emulators,
            S3Emulator s3,
            SamTemplate template,
            int runs) {
        DynamoDbClient dynamoDb = emulators.dynamoDb().client();
        Map<String, String> tables = emulators.dynamoDb().createTables(template, id -> prefix + "-" + id);
        new EventSeed(sources)
                .importInto(dynamoDb, tables.get("EventsTable"), tables.get("PublicationTable"), Instant.now());
        String bucket = prefix + "-site";
        s3.client().createBucket(create -> create.bucket(bucket));
        ContentTypes types = ContentTypes.fromClasspath();
        ManifestStore manifests = new ManifestStore(s3.client(), bucket);
        SitePublisher publisher = new SitePublisher(
                manifests, new SiteBucket(s3.client(), bucket, types), new NoCdn(), types, path -> {});
        SiteRender render = new SiteRender(
                sources,
                null,
                NOW,
                dynamoDb,
                tables.get("EventsTable"),
                Optional.of(tables.get("ProposalsTable")),
                Optional.of(tables.get("EventPlacesTable")));
        EventTable events = new EventTable(dynamoDb, tables.get("EventsTable"), new EventItemMapper(PARIS));

        long started = System.nanoTime();
        Map<String, byte[]> site = render.build();
        long firstBuild = millis(started);
        SitePublisher.Report first = publisher.publish(site, manifests.read(), 1);
        System.out.printf(
                "%s: %d files; first build in this process %d ms, then diff and %d uploads %d ms%n",
                name, first.files(), firstBuild, first.uploaded(), millis(started) - firstBuild);

        List<Long> builds = new ArrayList<>();
        List<Long> diffs = new ArrayList<>();
        List<Long> edits = new ArrayList<>();
        List<Integer> uploads = new ArrayList<>();
        for (int run = 0; run < WARM_UP + runs; run++) {
            long buildStart = System.nanoTime();
            Map<String, byte[]> again = render.build();
            long built = System.nanoTime();
            publisher.publish(again, manifests.read(), 1);
            long diffed = System.nanoTime();

            edit(events, run);
            long editStart = System.nanoTime();
            SitePublisher.Report report = publisher.publish(render.build(), manifests.read(), 1);
            long edited = System.nanoTime();
            if (run >= WARM_UP) {
                builds.add((built - buildStart) / 1_000_000);
                diffs.add((diffed - built) / 1_000_000);
                edits.add((edited - editStart) / 1_000_000);
                uploads.add(report.uploaded());
            }
        }
        System.out.printf(
                "%s, medians of %d warm runs: build from the table %d ms, diff of an unchanged build %d ms, one-event"
                        + " edit published (build + diff + %d uploads) %d ms%n",
                name, runs, median(builds), median(diffs), uploads.get(0), median(edits));
    }

    /** Renames the first event, as a member would. */
    private static void edit(EventTable events, int run) {
        StoredEvent stored = events.all().stream()
                .min((a, b) -> a.event().slug().compareTo(b.event().slug()))
                .orElseThrow();
        ProgrammeEvent event = stored.event();
        events.replace(event.withTitle("Atelier, version " + run), stored.version(), Instant.now());
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
