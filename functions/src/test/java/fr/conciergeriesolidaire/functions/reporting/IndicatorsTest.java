package fr.conciergeriesolidaire.functions.reporting;

import static fr.conciergeriesolidaire.functions.reporting.Facts.COMPANY_SITE;
import static fr.conciergeriesolidaire.functions.reporting.Facts.orders;
import static fr.conciergeriesolidaire.functions.reporting.Facts.signUp;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the indicators count: twelve months read one by one; cancelled orders and refused services left out of the
 * amounts; an active company site's reach counted by person, once each, against its headcount as agreed.
 */
class IndicatorsTest {
    private final InMemoryReportingStore store = new InMemoryReportingStore();
    private final Indicators indicators = new Indicators(store);

    @Test
    void givenOrdersOfAYearThenEachMonthCountsItsOrdersAndWhatThePartnersWereBroughtNotCancelledNorRefused() {
        store.orders.addAll(orders("""
                AAAA-0001 2026-03-02T09:00:00Z comptoir-tilleuls RECEIVED p1 pressing×3@250:ACCEPTED cordonnerie×1@1200:REFUSED
                AAAA-0002 2026-03-20T09:00:00Z site-entreprise-bailleur GIVEN_BACK p2 pressing×2@250:READY
                AAAA-0003 2026-03-21T09:00:00Z comptoir-tilleuls CANCELLED p3 pressing×10@250:PENDING
                AAAA-0004 2025-04-30T21:00:00Z comptoir-tilleuls READY p1 cordonnerie×1@1200:PENDING
                AAAA-0005 2025-03-31T21:00:00Z comptoir-tilleuls READY p1 cordonnerie×1@99900:PENDING
                """));

        Figures figures = indicators.of(YearMonth.of(2026, 3));

        assertThat(store.monthsRead)
                .hasSize(12)
                .startsWith(YearMonth.of(2025, 4))
                .endsWith(YearMonth.of(2026, 3));
        assertThat(figures.months()).extracting(Figures.Tally::key).first().isEqualTo("2025-04");
        assertThat(figures.months().get(0))
                .extracting(Figures.Tally::count, Figures.Tally::cents)
                .containsExactly(1L, 1200L);
        assertThat(figures.months().get(11))
                .as("March: two orders; 7,50 € + 5,00 €; the refused service and the cancelled order do not count")
                .extracting(Figures.Tally::count, Figures.Tally::cents)
                .containsExactly(2L, 1250L);
        assertThat(figures.total())
                .extracting(Figures.Tally::count, Figures.Tally::cents)
                .containsExactly(3L, 2450L);
        assertThat(figures.counters())
                .extracting(Figures.Tally::name, Figures.Tally::count, Figures.Tally::cents)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Comptoir des Tilleuls", 2L, 1950L),
                        org.assertj.core.groups.Tuple.tuple(
                                "Conciergerie d'entreprise du bailleur partenaire", 1L, 500L));
        assertThat(figures.partners())
                .extracting(Figures.Tally::name, Figures.Tally::count, Figures.Tally::cents)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Partenaire pressing", 5L, 1250L),
                        org.assertj.core.groups.Tuple.tuple("Partenaire cordonnerie", 1L, 1200L));
    }

    @Test
    void givenAnActiveCompanySiteThenItsReachCountsEachPersonOnceIncludingCancelledOrdersAgainstItsHeadcount() {
        store.signUps.add(signUp(
                "SITE-0001", "2025-06-01T08:00:00Z", "ACTIVE", "Imprimerie Rémoise", 9, Optional.of(COMPANY_SITE)));
        store.signUps.add(
                signUp("SITE-0002", "2025-07-01T08:00:00Z", "ACTIVE", "Sans site encore", 50, Optional.empty()));
        store.signUps.add(signUp(
                "SITE-0003", "2025-07-01T08:00:00Z", "AGREEMENT_SIGNED", "Pas active", 50, Optional.of(COMPANY_SITE)));
        store.orders.addAll(orders("""
                BBBB-0001 2026-01-05T09:00:00Z site-entreprise-bailleur READY alice pressing×1@250:READY
                BBBB-0002 2026-02-05T09:00:00Z site-entreprise-bailleur CANCELLED alice pressing×1@250:PENDING
                BBBB-0003 2026-02-06T09:00:00Z site-entreprise-bailleur CANCELLED bruno pressing×1@250:PENDING
                BBBB-0004 2026-02-07T09:00:00Z site-entreprise-bailleur RECEIVED - pressing×1@250:PENDING
                BBBB-0005 2026-02-08T09:00:00Z comptoir-tilleuls RECEIVED chloe pressing×1@250:PENDING
                """));

        Figures figures = indicators.of(YearMonth.of(2026, 3));

        assertThat(figures.sites()).singleElement().satisfies(site -> {
            assertThat(site.company()).isEqualTo("Imprimerie Rémoise");
            assertThat(site.people())
                    .as("alice once, bruno, and an order without a key")
                    .isEqualTo(3);
            assertThat(site.unkeyed()).isEqualTo(1);
            assertThat(site.percent()).as("3 of 9, rounded down").isEqualTo(33);
        });
    }

    @Test
    void givenNoOrderNorSiteThenTheFiguresAreZeroesAndEmptyLists() {
        Figures figures = indicators.of(YearMonth.of(2026, 3));

        assertThat(figures.months())
                .hasSize(12)
                .allSatisfy(month -> assertThat(month.count()).isZero());
        assertThat(figures.counters()).isEmpty();
        assertThat(figures.partners()).isEmpty();
        assertThat(figures.sites()).isEmpty();
        assertThat(new Figures.Reach("x", "y", 0, 5, 0).percent()).isZero();
        assertThat(new Figures.Reach("x", "y", 4, 9, 0).percent())
                .as("never above 100")
                .isEqualTo(100);
    }
}
