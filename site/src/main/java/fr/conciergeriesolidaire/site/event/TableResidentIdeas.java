package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.programme.proposals.ResidentIdeaCounts;
import fr.conciergeriesolidaire.programme.proposals.Season;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The counts of the proposals table (template.yaml's ProposalsTable), read at each build. */
public final class TableResidentIdeas implements ResidentIdeas {
    private final ResidentIdeaCounts counts;

    public TableResidentIdeas(DynamoDbClient dynamoDb, String tableName) {
        this.counts = new ResidentIdeaCounts(dynamoDb, tableName);
    }

    @Override
    public Optional<Map<String, Integer>> of(List<String> neighbourhoods, Season season, ZoneId zone) {
        return Optional.of(counts.of(neighbourhoods, season, zone));
    }
}
