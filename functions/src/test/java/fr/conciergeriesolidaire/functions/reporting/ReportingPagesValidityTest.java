package fr.conciergeriesolidaire.functions.reporting;

import static fr.conciergeriesolidaire.functions.reporting.Facts.COMPANY_SITE;
import static fr.conciergeriesolidaire.functions.reporting.Facts.orders;
import static fr.conciergeriesolidaire.functions.reporting.Facts.signUp;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.testing.ValidPages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The indicators' and exports' pages in every state, in the site's real shell: valid HTML with their inline SVG
 * (Nu Html Checker), one {@code h1}, each control labelled. (axe-core runs on them in the browser tests.)
 */
class ReportingPagesValidityTest {
    private final InMemoryReporting reporting = new InMemoryReporting();
    private final SignedInMember admin = InMemoryReporting.member("Alix Admin", Role.ADMIN);

    @Test
    void givenEveryIndicatorsAndExportsPageAndStateThenEachIsValidHtmlWithOneHeadingAndLabelledControls() {
        Map<String, APIGatewayV2HTTPResponse> pages = new LinkedHashMap<>();
        pages.put("indicators, nothing yet", reporting.indicators(Map.of(), admin));
        pages.put("exports, none yet", reporting.exportsPage(admin));
        pages.put("exports, errors", reporting.export(admin, "kind", "commandes", "month", "2024-01"));
        reporting.store.orders.addAll(orders("""
                AAAA-0001 2026-03-02T09:00:00Z comptoir-tilleuls RECEIVED p1 pressing<b>&</b>×3@250:ACCEPTED cordonnerie×1@123400:READY
                AAAA-0002 2025-11-02T09:00:00Z site-entreprise-bailleur GIVEN_BACK - retouches×2@1500:READY
                """));
        reporting.store.signUps.add(signUp(
                "SITE-0001",
                "2025-06-01T08:00:00Z",
                "ACTIVE",
                "Imprimerie \"Rémoise\"",
                40,
                Optional.of(COMPANY_SITE)));
        pages.put("indicators", reporting.indicators(Map.of(), admin));
        pages.put("indicators, earlier year", reporting.indicators(Map.of("fin", "2025-12"), admin));
        reporting.export(admin, "kind", "commandes", "month", "2026-03");
        reporting.export(admin, "kind", "adhesions", "month", "2025-06");
        pages.put("exports, latest", reporting.exportsPage(admin));
        pages.put(
                "indicators, refused to a concierge",
                reporting.indicators(Map.of(), InMemoryReporting.member("Camille", Role.COUNTER)));

        assertThat(pages.get("exports, errors").getStatusCode()).isEqualTo(400);
        assertThat(pages.get("indicators").getBody()).contains("Dont 1");
        ValidPages.assertEach(pages);
    }
}
