package fr.conciergeriesolidaire.functions.reporting;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static fr.conciergeriesolidaire.functions.reporting.Facts.COMPANY_SITE;
import static fr.conciergeriesolidaire.functions.reporting.Facts.orders;
import static fr.conciergeriesolidaire.functions.reporting.Facts.signUp;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The indicators' page: each figure as an SVG image named by its title and description, and the same figures in a
 * table; the period chosen among the months kept; refused to a concierge and to anyone not signed in.
 */
class IndicatorsHandlerTest {
    private final InMemoryReporting reporting = new InMemoryReporting();

    @Test
    void givenOrdersAndAnActiveSiteThenEachFigureIsAChartWithItsTitleAndDescriptionAndATableWithTheSameFigures() {
        reporting.store.orders.addAll(orders("""
                AAAA-0001 2026-03-02T09:00:00Z comptoir-tilleuls RECEIVED p1 pressing×3@250:ACCEPTED
                AAAA-0002 2026-02-02T09:00:00Z site-entreprise-bailleur READY p2 cordonnerie×1@1200:READY
                """));
        reporting.store.signUps.add(signUp(
                "SITE-0001", "2025-06-01T08:00:00Z", "ACTIVE", "Imprimerie Rémoise", 3, Optional.of(COMPANY_SITE)));

        APIGatewayV2HTTPResponse shown =
                assertPrivate(reporting.indicators(Map.of(), InMemoryReporting.member("Dominique Équipe", Role.TEAM)));

        assertThat(shown.getStatusCode()).isEqualTo(200);
        Document page = page(shown);
        assertThat(page.select("main h1").text()).isEqualTo("Indicateurs");
        assertThat(main(shown)).contains("Du 1er avril 2025 à la fin de mars 2026");
        assertThat(page.select("main svg")).hasSize(5).allSatisfy(chart -> {
            assertThat(chart.attr("role")).isEqualTo("img");
            String[] names = chart.attr("aria-labelledby").split(" ");
            assertThat(names).hasSize(2);
            assertThat(chart.getElementById(names[0]).tagName()).isEqualTo("title");
            assertThat(chart.getElementById(names[1]).tagName()).isEqualTo("desc");
            assertThat(chart.getElementById(names[1]).text()).isNotBlank();
        });
        assertThat(page.select("main svg#x, main script, main [style]")).isEmpty();
        Element months = page.select("main table").first();
        assertThat(months.select("tbody tr")).hasSize(12);
        assertThat(months.select("tbody tr").last().text()).isEqualTo("mars 2026 1 7,50 €");
        assertThat(months.select("tfoot tr").text()).isEqualTo("Total 2 19,50 €");
        assertThat(page.select("main table").get(2).select("tbody tr").first().text())
                .isEqualTo("Partenaire cordonnerie 1 12,00 €");
        assertThat(page.select("main table").last().select("tbody tr").text())
                .isEqualTo("Imprimerie Rémoise 1 sur 3 33 %");
        assertThat(page.select("#fin option[selected]").attr("value")).isEqualTo("2026-03");
        assertThat(page.select("#fin option")).hasSize(13);
    }

    @Test
    void givenAnEndMonthOfferedThenThePeriodEndsThereAndAMonthNotOfferedShowsTheLatestYear() {
        assertThat(main(reporting.indicators(Map.of("fin", "2025-12"), InMemoryReporting.member("A", Role.ADMIN))))
                .contains("Du 1er janvier 2025 à la fin de décembre 2025");
        assertThat(reporting.store.monthsRead).startsWith(YearMonth.of(2025, 1));
        for (String typed : new String[] {"2024-01", "2026-04", "mars", "<script>"}) {
            assertThat(main(reporting.indicators(Map.of("fin", typed), InMemoryReporting.member("A", Role.ADMIN))))
                    .as(typed)
                    .contains("Du 1er avril 2025 à la fin de mars 2026");
        }
    }

    @Test
    void givenAConciergeOrNoMemberThenTheIndicatorsAreRefusedAndNothingIsRead() {
        APIGatewayV2HTTPResponse refused = assertPrivate(
                reporting.indicators(Map.of(), InMemoryReporting.member("Camille Comptoir", Role.COUNTER)));
        assertThat(refused.getStatusCode()).isEqualTo(403);
        APIGatewayV2HTTPResponse anonymous =
                assertPrivate(reporting.indicators.handleRequest(BackOfficeEvents.get(IndicatorsHandler.ROUTE), null));
        assertThat(anonymous.getStatusCode()).isEqualTo(401);
        assertThat(reporting.store.monthsRead).isEmpty();
    }
}
