package fr.conciergeriesolidaire.functions.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.testing.ProjectTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * template.yaml and the reports agree: the indexes they query exist with the keys they use, the orders keep the
 * customer's e-mail key under its index, and each route of the indicators' and exports' functions is one their
 * handler answers.
 */
class ReportingTemplateContractTest {
    private final SamTemplate template = ProjectTemplate.read();

    @Test
    void givenTheIndexesTheReportsQueryThenTheTablesDeclareThemWithTheirKeys() {
        assertThat(template.tables().get("OrdersTable").toString())
                .contains("IndexName=" + OrderFactsMapper.BY_MONTH)
                .contains("AttributeName=" + OrderFactsMapper.MONTH + ", KeyType=HASH")
                .contains("IndexName=" + EmailKeys.INDEX)
                .contains("AttributeName=" + EmailKeys.ATTRIBUTE + ", KeyType=HASH");
        assertThat(template.tables().get("SubscriptionsTable").toString())
                .contains("IndexName=" + SignUpFactsMapper.BY_STATUS)
                .contains("AttributeName=" + SignUpFactsMapper.STATUS + ", KeyType=HASH")
                .contains("AttributeName=" + SignUpFactsMapper.CREATED_AT + ", KeyType=RANGE");
    }

    @Test
    void givenTheMonthsIndexThenItHoldsEveryAttributeTheReportsReadAndNoneOfTheCustomersDetails() {
        Map<String, Object> byMonth =
                SamTemplate.list(template.tables().get("OrdersTable").get("GlobalSecondaryIndexes")).stream()
                        .map(SamTemplate::map)
                        .filter(index -> OrderFactsMapper.BY_MONTH.equals(index.get("IndexName")))
                        .findFirst()
                        .orElseThrow();
        Map<String, Object> projection = SamTemplate.map(byMonth.get("Projection"));
        List<String> keys = List.of("reference", "month", "createdAt");

        assertThat(projection).containsEntry("ProjectionType", "INCLUDE");
        assertThat(SamTemplate.list(projection.get("NonKeyAttributes")))
                .containsExactlyInAnyOrderElementsOf(OrderFactsMapper.PROJECTION.attributes().stream()
                        .filter(attribute -> !keys.contains(attribute))
                        .toList())
                .doesNotContain("customer", "comment");
    }

    @Test
    void givenTheReportsFunctionsThenEachOfTheirRoutesIsOneTheirHandlerAnswers() {
        assertThat(routes("IndicatorsFunction")).containsExactly(IndicatorsHandler.ROUTE);
        assertThat(routes("ExportsFunction")).containsExactlyInAnyOrder(ExportsHandler.PAGE, ExportsHandler.DOWNLOAD);
    }

    private List<String> routes(String functionId) {
        return template.functions().stream()
                .filter(function -> function.logicalId().equals(functionId))
                .flatMap(function -> function.routes().stream())
                .map(route -> route.method() + " " + route.path())
                .toList();
    }
}
