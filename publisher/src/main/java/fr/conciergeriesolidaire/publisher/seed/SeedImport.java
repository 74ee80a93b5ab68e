package fr.conciergeriesolidaire.publisher.seed;

import fr.conciergeriesolidaire.publisher.build.PackagedSite;
import fr.conciergeriesolidaire.publisher.config.PublisherClients;
import fr.conciergeriesolidaire.publisher.config.PublisherSettings;
import fr.conciergeriesolidaire.publisher.config.Variables;
import fr.conciergeriesolidaire.site.SiteBuildException;
import fr.conciergeriesolidaire.site.event.EventSeed;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The one-shot import of the Markdown events into the events table of an existing deployment (README.md, "The
 * programme"): {@code java -Dpublisher.sources=site -jar publisher/target/publisher-all.jar} with EVENTS_TABLE,
 * PUBLICATION_TABLE and AWS_REGION set (and AWS credentials). Safe to run twice: an event already in the table is
 * left as it is.
 */
public final class SeedImport {
    private SeedImport() {}

    public static void main(String[] args) {
        PublisherSettings settings = PublisherSettings.from(new Variables(System.getenv()));
        try (DynamoDbClient dynamoDb = new PublisherClients(settings).dynamoDb()) {
            EventSeed.Result result = new EventSeed(PackagedSite.sources())
                    .importInto(dynamoDb, settings.eventsTable(), settings.publicationTable(), Instant.now());
            System.out.printf(
                    "Évènements importés dans %s : %d ajoutés, %d déjà présents (laissés tels quels)%n",
                    settings.eventsTable(), result.added(), result.alreadyThere());
        } catch (SiteBuildException problems) {
            System.err.println(problems.getMessage());
            System.exit(1);
        }
    }
}
