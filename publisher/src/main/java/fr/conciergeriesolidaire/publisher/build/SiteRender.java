package fr.conciergeriesolidaire.publisher.build;

import fr.conciergeriesolidaire.site.BuildSettings;
import fr.conciergeriesolidaire.site.SiteBuilder;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.event.NoResidentIdeas;
import fr.conciergeriesolidaire.site.event.ResidentIdeas;
import fr.conciergeriesolidaire.site.event.TableEvents;
import fr.conciergeriesolidaire.site.event.TableResidentIdeas;
import fr.conciergeriesolidaire.site.publish.ChangedFiles;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The site built in memory by the very SiteBuilder of {@code ./mvnw package}, with its events read from the events
 * table and the residents' ideas counted in the proposals table. One builder per warm instance: like the local runner's, it reuses what did not change since its last build.
 */
public final class SiteRender {
    /** The response shell is for the functions (packaged with them), not for visitors: never published. */
    public static final Set<String> UNPUBLISHED_FOLDERS = Set.of("_shell");

    private final SiteBuilder builder;

    /**
     * @param proposalsTable the residents' proposals, counted for the neighbourhood pages; empty: not counted
     * @param placesTable the places the registrations hold, which make an event full; empty without registrations
     */
    public SiteRender(
            SiteSources sources,
            String siteUrl,
            Clock clock,
            DynamoDbClient dynamoDb,
            String eventsTable,
            Optional<String> proposalsTable,
            Optional<String> placesTable) {
        this.builder = new SiteBuilder(
                sources,
                new BuildSettings(siteUrl, clock),
                new TableEvents(dynamoDb, eventsTable, placesTable),
                proposalsTable
                        .<ResidentIdeas>map(table -> new TableResidentIdeas(dynamoDb, table))
                        .orElseGet(NoResidentIdeas::new));
    }

    /**
     * Every file to publish, by path, sorted.
     *
     * @throws fr.conciergeriesolidaire.site.SiteBuildException listing each problem (an event, a template...)
     */
    public Map<String, byte[]> build() {
        ChangedFiles files = new ChangedFiles();
        builder.buildInto(files);
        Map<String, byte[]> site = new TreeMap<>(files.all());
        site.keySet().removeIf(path -> UNPUBLISHED_FOLDERS.contains(path.substring(0, Math.max(0, path.indexOf('/')))));
        return site;
    }
}
