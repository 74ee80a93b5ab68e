package fr.conciergeriesolidaire.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyOfferTest {
    // 600 cents up to 49 employees, 500 up to 249, 400 beyond; at least 150 euros a month.
    private final CompanyOffer offer = new CompanyOffer(
            List.of(new PriceTier(49, 600), new PriceTier(249, 500), new PriceTier(null, 400)),
            15_000,
            10,
            10_000,
            12,
            List.of());

    @Test
    void givenSmallCompany_whenQuoted_thenTheMonthlyMinimumApplies() {
        CompanyQuote quote = offer.quote(20);

        assertThat(quote.monthlyCents()).isEqualTo(15_000);
        assertThat(quote.minimumApplied()).isTrue();
    }

    @Test
    void givenHeadcountAcrossBands_whenQuoted_thenEachBandIsPricedAtItsOwnRate() {
        assertThat(offer.quote(49).monthlyCents()).isEqualTo(49 * 600);
        assertThat(offer.quote(50).monthlyCents()).isEqualTo(49 * 600 + 500);
        assertThat(offer.quote(300).monthlyCents()).isEqualTo(49 * 600 + 200 * 500 + 51 * 400);
    }

    @Test
    void givenAnyHeadcount_whenOneEmployeeIsAdded_thenThePriceNeverDrops() {
        for (int employees = 10; employees < 1_000; employees++) {
            assertThat(offer.quote(employees + 1).monthlyCents())
                    .isGreaterThanOrEqualTo(offer.quote(employees).monthlyCents());
        }
    }

    @Test
    void givenQuote_thenCommitmentTotalCoversTheCommitmentMonths() {
        assertThat(offer.quote(100).commitmentTotalCents())
                .isEqualTo(offer.quote(100).monthlyCents() * 12);
    }

    @Test
    void givenHeadcountOutsideTheOffer_whenQuoted_thenRefused() {
        assertThatThrownBy(() -> offer.quote(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> offer.quote(10_001)).isInstanceOf(IllegalArgumentException.class);
    }
}
