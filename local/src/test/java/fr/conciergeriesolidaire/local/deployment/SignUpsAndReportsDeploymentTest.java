package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The sign-ups' review, the indicators and the exports as deployed: each function holds only the rights its screens
 * use. The reports read orders and sign-ups through their indexes alone (projected reads, never an item with its
 * customer by key), write nowhere but the audit table, and no screen holds the hash secret; each answers within the
 * HTTP API's 30 seconds.
 */
class SignUpsAndReportsDeploymentTest {
    private final SamTemplate template = Repository.template();

    @Test
    void givenTheSignUpsFunctionThenItReadsAndUpdatesSignUpsOnlyAndQueriesTheirStatusIndex() {
        assertThat(grants("SignUpsFunction"))
                .containsExactlyInAnyOrder(
                        "dynamodb:GetItem SubscriptionsTable",
                        "dynamodb:UpdateItem SubscriptionsTable",
                        "dynamodb:Query SubscriptionsTable/index/by-status");
        assertThat(environment("SignUpsFunction"))
                .containsKeys("SUBSCRIPTIONS_TABLE", "ORIGIN_SECRET")
                .doesNotContainKeys("HASH_SECRET", "ORDERS_TABLE", "AUDIT_TABLE");
    }

    @Test
    void givenTheIndicatorsFunctionThenItOnlyQueriesTheIndexesOfMonthsAndStatuses() {
        assertThat(grants("IndicatorsFunction"))
                .containsExactlyInAnyOrder(
                        "dynamodb:Query OrdersTable/index/by-month",
                        "dynamodb:Query SubscriptionsTable/index/by-status");
        assertThat(environment("IndicatorsFunction")).doesNotContainKeys("HASH_SECRET", "AUDIT_TABLE");
    }

    @Test
    void givenTheExportsFunctionThenItQueriesTheSameIndexesAndWritesOnlyToTheAuditTable() {
        assertThat(grants("ExportsFunction"))
                .containsExactlyInAnyOrder(
                        "dynamodb:Query OrdersTable/index/by-month",
                        "dynamodb:Query SubscriptionsTable/index/by-status",
                        "dynamodb:PutItem AuditTable",
                        "dynamodb:Query AuditTable");
        assertThat(environment("ExportsFunction")).containsKey("AUDIT_TABLE").doesNotContainKey("HASH_SECRET");
    }

    @Test
    void givenTheReportsFunctionsThenTheyAnswerWithinTheHttpApisIntegrationTimeout() {
        for (String function : List.of("SignUpsFunction", "IndicatorsFunction", "ExportsFunction")) {
            Object own = template.functionProperty(function, "Timeout");
            int timeout = SamTemplate.integer(own, SamTemplate.integer(template.globalFunctionProperty("Timeout"), 0));
            assertThat(timeout).as(function).isBetween(1, 29);
        }
    }

    @Test
    void givenTheOrdersTableThenItIndexesTheCustomersEmailKeyWithKeysOnly() {
        assertThat(template.tables().get("OrdersTable").toString())
                .contains("IndexName=by-email, KeySchema=[{AttributeName=emailHash, KeyType=HASH}],"
                        + " Projection={ProjectionType=KEYS_ONLY}");
    }

    /** Every DynamoDB action the function is allowed, with the table or index it is allowed on. */
    private List<String> grants(String function) {
        List<String> grants = new ArrayList<>();
        for (Object policy : SamTemplate.list(template.functionProperty(function, "Policies"))) {
            for (Object item : SamTemplate.list(SamTemplate.map(policy).get("Statement"))) {
                Map<String, Object> statement = SamTemplate.map(item);
                Object resources = statement.get("Resource");
                List<Object> all = resources instanceof List<?> ? SamTemplate.list(resources) : List.of(resources);
                for (Object action : SamTemplate.list(statement.get("Action"))) {
                    for (Object resource : all) {
                        grants.add(action + " " + target((SamTemplate.Intrinsic) resource));
                    }
                }
            }
        }
        return grants;
    }

    /** {@code OrdersTable} for {@code !GetAtt OrdersTable.Arn}, {@code OrdersTable/index/by-month} for a !Sub. */
    private static String target(SamTemplate.Intrinsic resource) {
        return String.valueOf(resource.value())
                .replace("${", "")
                .replace(".Arn}", "")
                .replace(".Arn", "");
    }

    private Map<String, String> environment(String function) {
        return template.environment(function, intrinsic -> Objects.toString(intrinsic.reference()));
    }
}
