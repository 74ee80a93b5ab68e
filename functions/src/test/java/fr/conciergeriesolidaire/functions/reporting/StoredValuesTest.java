package fr.conciergeriesolidaire.functions.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.order.LineStatus;
import fr.conciergeriesolidaire.functions.order.OrderStatus;
import fr.conciergeriesolidaire.functions.subscription.SignUpStatus;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The stored values the reports read are the names the other features write: the reports may not depend on those
 * features (ArchitectureTest), so this test holds the two sides together.
 */
class StoredValuesTest {
    @Test
    void givenTheFeaturesStatusesThenTheReportsKnowTheSameNamesInTheSameOrder() {
        assertThat(StoredValues.ORDER_STATUSES)
                .containsExactlyElementsOf(
                        Arrays.stream(OrderStatus.values()).map(Enum::name).toList())
                .contains(OrderStatus.CANCELLED.name());
        assertThat(StoredValues.LINE_STATUSES)
                .containsExactlyElementsOf(
                        Arrays.stream(LineStatus.values()).map(Enum::name).toList());
        assertThat(StoredValues.SIGN_UP_STATUSES)
                .containsExactlyElementsOf(
                        Arrays.stream(SignUpStatus.values()).map(Enum::name).toList());
        assertThat(StoredValues.ORDER_CANCELLED).isEqualTo(OrderStatus.CANCELLED.name());
        assertThat(StoredValues.LINE_REFUSED).isEqualTo(LineStatus.REFUSED.name());
        assertThat(StoredValues.SIGN_UP_ACTIVE).isEqualTo(SignUpStatus.ACTIVE.name());
    }

    @Test
    void givenEveryStoredStatusThenTheExportsAndScreensHaveItsFrenchName() {
        Wording wording = Templates.packaged().wording();

        StoredValues.ORDER_STATUSES.forEach(status -> assertThat(wording).containsKey("report.order." + status));
        StoredValues.LINE_STATUSES.forEach(status -> assertThat(wording).containsKey("report.line." + status));
        StoredValues.SIGN_UP_STATUSES.forEach(status -> assertThat(wording).containsKey("signup.status." + status));
    }
}
