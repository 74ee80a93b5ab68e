package fr.conciergeriesolidaire.publisher;

import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.NodeTools;
import fr.conciergeriesolidaire.emulators.S3Emulator;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import fr.conciergeriesolidaire.programme.table.EventTable;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import fr.conciergeriesolidaire.publisher.bucket.Manifest;
import fr.conciergeriesolidaire.publisher.bucket.ManifestStore;
import fr.conciergeriesolidaire.publisher.bucket.SitePublisher;
import fr.conciergeriesolidaire.publisher.build.PackagedSite;
import fr.conciergeriesolidaire.publisher.config.PublisherSettings;
import fr.conciergeriesolidaire.publisher.config.Variables;
import fr.conciergeriesolidaire.publisher.trigger.Publication;
import fr.conciergeriesolidaire.publisher.trigger.QuietPeriod;
import fr.conciergeriesolidaire.site.event.EventSeed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The publisher's integration tests' world: dynalite with the template's tables, s3rver (or LocalStack's S3 at
 * S3_ENDPOINT) with the site bucket, and the publisher's environment from template.yaml pointed at them. No CDN:
 * the bucket is read directly (CloudFront has no emulator; its paths are tested in InvalidationPathsTest).
 */
public final class PublishingWorld implements AutoCloseable {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String FUNCTION = "PublisherFunction";

    public final Emulators emulators;
    public final S3Emulator s3;
    public final String bucket;
    private final Map<String, String> tables;
    private final SamTemplate template;

    /** @param bucket the start of the bucket's name; a suffix keeps it apart on a shared S3 endpoint (LocalStack) */
    public PublishingWorld(String bucket) {
        this.bucket = bucket + "-" + Long.toHexString(System.nanoTime());
        this.template = SamTemplate.read(NodeTools.ofRepository().root().resolve("template.yaml"));
        this.emulators = Emulators.startInMemory();
        this.s3 = S3Emulator.start(System.getenv());
        this.tables = emulators.dynamoDb().createTables(template, id -> id);
        s3.client().createBucket(create -> create.bucket(this.bucket));
    }

    /** The environment template.yaml gives the publisher; no distribution to invalidate, the site at its data's URL. */
    public Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(template.environment(FUNCTION, intrinsic -> {
            String reference = intrinsic.reference();
            if (reference != null && tables.containsKey(reference)) {
                return tables.get(reference);
            }
            if ("SiteBucket".equals(reference)) {
                return bucket;
            }
            return ""; // the distribution and the domain: none here
        }));
        environment.putAll(emulators.clientEnvironment());
        environment.putAll(s3.clientEnvironment());
        return environment;
    }

    public Publication publication(QuietPeriod quietPeriod, SitePublisher.Progress progress) {
        return PublisherComponents.publication(
                PublisherSettings.from(new Variables(environment())), quietPeriod, progress);
    }

    /** The Markdown events put into the table, as the one-shot import does. */
    public EventSeed.Result seed() {
        return new EventSeed(PackagedSite.sources())
                .importInto(
                        emulators.dynamoDb().client(),
                        tables.get("EventsTable"),
                        tables.get("PublicationTable"),
                        Instant.now());
    }

    public EventTable events() {
        return new EventTable(emulators.dynamoDb().client(), tables.get("EventsTable"), new EventItemMapper(PARIS));
    }

    public ProgrammeChanges changes() {
        return new ProgrammeChanges(emulators.dynamoDb().client(), tables.get("PublicationTable"));
    }

    public String eventsTable() {
        return tables.get("EventsTable");
    }

    public Manifest manifest() {
        return new ManifestStore(s3.client(), bucket).read();
    }

    /** Every key in the bucket. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        s3.client().listObjectsV2Paginator(list -> list.bucket(bucket)).contents().stream()
                .map(S3Object::key)
                .forEach(keys::add);
        return keys;
    }

    public String text(String key) {
        return s3.client().getObjectAsBytes(get -> get.bucket(bucket).key(key)).asUtf8String();
    }

    /** Changes one event of the table as the back-office will: a conditional put, then one recorded change. */
    public void edit(String slug, UnaryOperator<ProgrammeEvent> change) {
        StoredEvent stored = events().all().stream()
                .filter(event -> event.event().slug().equals(slug))
                .findFirst()
                .orElseThrow();
        events().replace(change.apply(stored.event()), stored.version(), Instant.now());
        changes().record(Instant.now());
    }

    @Override
    public void close() {
        try {
            s3.close();
        } finally {
            emulators.close();
        }
    }
}
