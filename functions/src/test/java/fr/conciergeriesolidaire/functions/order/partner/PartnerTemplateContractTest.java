package fr.conciergeriesolidaire.functions.order.partner;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.testing.ProjectTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** template.yaml and the partners' code agree: the link's routes (no authorizer), the digests' table and outbox. */
class PartnerTemplateContractTest {
    private final SamTemplate template = ProjectTemplate.read();

    @Test
    void givenThePartnerLinksFunctionThenItsRoutesAreThoseItsHandlerAnswersWithoutTheSessionAuthorizer() {
        List<SamTemplate.EventSource> events = template.functions().stream()
                .filter(function -> function.logicalId().equals("PartnerLinkFunction"))
                .flatMap(function -> function.eventsOfType("HttpApi").stream())
                .toList();

        assertThat(events)
                .extracting(event -> event.properties().get("Method") + " "
                        + event.properties().get("Path"))
                .containsExactlyInAnyOrder(PartnerLinkHandler.SHOW, PartnerLinkHandler.ANSWER);
        assertThat(events).allSatisfy(event -> assertThat(event.properties()).doesNotContainKey("Auth"));
    }

    @Test
    void givenThePartnersTablesThenTheirKeysIndexesAndExpiryAreWhatTheCodeWritesAndQueries() {
        assertThat(template.tables().get("PartnerDigestsTable").toString())
                .contains("AttributeName=" + DynamoDbDigests.KEY + ", KeyType=HASH")
                .contains("IndexName=" + DynamoDbOutbox.DUE_INDEX)
                .contains("AttributeName=" + DynamoDbOutbox.DUE + ", KeyType=HASH")
                .contains("AttributeName=" + DynamoDbOutbox.NEXT_ATTEMPT + ", KeyType=RANGE")
                .contains("TimeToLiveSpecification={AttributeName=" + Expiry.ATTRIBUTE + ", Enabled=true}");
        assertThat(template.tables().get("PartnerLinesTable").toString())
                .contains("AttributeName=partnerId, KeyType=HASH")
                .contains("AttributeName=slot, KeyType=RANGE")
                .contains("TimeToLiveSpecification={AttributeName=" + Expiry.ATTRIBUTE + ", Enabled=true}");
    }
}
