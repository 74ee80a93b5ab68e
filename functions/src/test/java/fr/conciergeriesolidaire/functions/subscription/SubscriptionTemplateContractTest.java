package fr.conciergeriesolidaire.functions.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.testing.ProjectTemplate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** template.yaml gives the sign-up functions the table and variables the code relies on. */
class SubscriptionTemplateContractTest {
    private final SamTemplate template = ProjectTemplate.read();

    @Test
    void givenTheSubscriptionsTable_thenItHasTheKeyIndexTtlAndStreamTheCodeRelies() {
        String table = template.tables().get("SubscriptionsTable").toString();

        assertThat(table)
                .contains("AttributeName=" + SubscriptionItemMapper.REFERENCE + ", KeyType=HASH")
                .contains("IndexName=" + DynamoDbOutbox.DUE_INDEX)
                .contains("TimeToLiveSpecification={AttributeName=" + SubscriptionItemMapper.EXPIRES_AT
                        + ", Enabled=true}")
                .contains("StreamViewType=KEYS_ONLY")
                .contains("PointInTimeRecoveryEnabled=true")
                .contains("SSEEnabled=true");
    }

    @Test
    void givenTheSubmissionFunction_thenAMissingVariableFailsItsColdStartAndNamesIt() {
        Map<String, String> environment = ProjectTemplate.environment(template, "SubscriptionSubmissionFunction");
        environment.remove("SUBSCRIPTIONS_TABLE");

        assertThatThrownBy(() -> Environment.building(environment, SubscriptionSubmissionHandler::new))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SUBSCRIPTIONS_TABLE");
    }
}
