package fr.conciergeriesolidaire.programme.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.NodeTools;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The season's count of residents' ideas, on the proposals table and index of template.yaml, in dynalite. */
class ResidentIdeaCountsIT {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static Emulators emulators;
    private static String table;

    @BeforeAll
    static void start() {
        emulators = Emulators.startInMemory();
        table = emulators
                .dynamoDb()
                .createTables(SamTemplate.read(NodeTools.ofRepository().root().resolve("template.yaml")), id -> id)
                .get("ProposalsTable");
    }

    @AfterAll
    static void stop() {
        emulators.close();
    }

    private static void proposal(String reference, String neighbourhood, String submittedAt, String status) {
        emulators
                .dynamoDb()
                .client()
                .putItem(put -> put.tableName(table)
                        .item(Map.of(
                                "reference",
                                AttributeValue.fromS(reference),
                                ProposalIndex.NEIGHBOURHOOD,
                                AttributeValue.fromS(neighbourhood),
                                ProposalIndex.SUBMITTED_AT,
                                AttributeValue.fromS(ProposalIndex.instant(Instant.parse(submittedAt))),
                                ProposalIndex.STATUS,
                                AttributeValue.fromS(status))));
    }

    @Test
    void givenProposalsAroundTheSeasonsEdges_whenCounted_thenOnlyThisSeasonsIdeasCountAndSetAsideOnesDoNot() {
        // Midnight in Paris on 1 September 2026 is 22:00 UTC the day before.
        proposal("AAAA-AAA1", "canal", "2026-08-31T21:59:59.999Z", "NEW");
        proposal("AAAA-AAA2", "canal", "2026-08-31T22:00:00Z", "NEW");
        proposal("AAAA-AAA3", "canal", "2027-03-01T10:00:00Z", "ACCEPTED");
        proposal("AAAA-AAA4", "canal", "2027-03-02T10:00:00Z", ProposalIndex.SET_ASIDE);
        proposal("AAAA-AAA5", "canal", "2027-08-31T21:59:59.999Z", "DECLINED");
        proposal("AAAA-AAA6", "canal", "2027-08-31T22:00:00Z", "NEW");
        proposal("AAAA-AAA7", "tilleuls", "2026-10-01T10:00:00Z", "NEW");

        Map<String, Integer> counts = new ResidentIdeaCounts(
                        emulators.dynamoDb().client(), table)
                .of(List.of("canal", "tilleuls", "ailleurs"), Season.of(LocalDate.parse("2026-12-01")), PARIS);

        assertThat(counts).containsExactly(Map.entry("canal", 3), Map.entry("tilleuls", 1), Map.entry("ailleurs", 0));
    }
}
