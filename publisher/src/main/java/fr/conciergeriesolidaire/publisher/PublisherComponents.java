package fr.conciergeriesolidaire.publisher;

import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import fr.conciergeriesolidaire.publisher.bucket.ManifestStore;
import fr.conciergeriesolidaire.publisher.bucket.SiteBucket;
import fr.conciergeriesolidaire.publisher.bucket.SitePublisher;
import fr.conciergeriesolidaire.publisher.build.PackagedSite;
import fr.conciergeriesolidaire.publisher.build.SiteRender;
import fr.conciergeriesolidaire.publisher.cdn.Cdn;
import fr.conciergeriesolidaire.publisher.cdn.CloudFrontInvalidation;
import fr.conciergeriesolidaire.publisher.cdn.NoCdn;
import fr.conciergeriesolidaire.publisher.config.PublisherClients;
import fr.conciergeriesolidaire.publisher.config.PublisherSettings;
import fr.conciergeriesolidaire.publisher.trigger.Publication;
import fr.conciergeriesolidaire.publisher.trigger.QuietPeriod;
import fr.conciergeriesolidaire.site.publish.ContentTypes;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The publisher's wiring, in one place: clients, table, bucket, CDN and the build, from its settings. */
public final class PublisherComponents {
    private PublisherComponents() {}

    public static Publication publication(
            PublisherSettings settings, QuietPeriod quietPeriod, SitePublisher.Progress progress) {
        PublisherClients clients = new PublisherClients(settings);
        DynamoDbClient dynamoDb = clients.dynamoDb();
        S3Client s3 = clients.s3();
        ContentTypes contentTypes = ContentTypes.fromClasspath();
        String bucket = settings.bucket()
                .orElseThrow(() -> new IllegalStateException("SITE_BUCKET is missing (set by template.yaml)"));
        ManifestStore manifests = new ManifestStore(s3, bucket);
        Cdn cdn = settings.distributionId()
                .<Cdn>map(id -> new CloudFrontInvalidation(clients.cloudFront(), id))
                .orElseGet(NoCdn::new);
        return new Publication(
                new ProgrammeChanges(dynamoDb, settings.publicationTable()),
                quietPeriod,
                manifests,
                new SiteRender(
                        PackagedSite.sources(),
                        settings.siteUrl().orElse(null),
                        Clock.systemUTC(),
                        dynamoDb,
                        settings.eventsTable(),
                        settings.proposalsTable(),
                        settings.placesTable()),
                new SitePublisher(manifests, new SiteBucket(s3, bucket, contentTypes), cdn, contentTypes, progress));
    }
}
