package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.site.render.FrenchFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

class FrenchFormatTest {
    private final FrenchFormat format = new FrenchFormat();

    @Test
    void givenDates_thenTheyReadAsInFrench() {
        assertThat(format.date(LocalDate.of(2026, 12, 8))).isEqualTo("mardi 8 décembre 2026");
        assertThat(format.date(LocalDate.of(2027, 1, 1))).isEqualTo("vendredi 1er janvier 2027");
    }

    @Test
    void givenHours_thenMinutesShowOnlyWhenThereAreSome() {
        assertThat(format.time(LocalTime.of(16, 0))).isEqualTo("16\u00a0h");
        assertThat(format.timeRange(LocalTime.of(9, 0), LocalTime.of(16, 30)))
                .isEqualTo("9\u00a0h\u00a0– 16\u00a0h\u00a030");
    }

    @Test
    void givenPricesInCents_thenTheyReadInEurosWithFrenchSeparators() {
        assertThat(format.price(1250)).isEqualTo("12,50\u00a0€");
        assertThat(format.price(5)).isEqualTo("0,05\u00a0€");
        assertThat(format.price(125_000)).isEqualTo("1\u202f250,00\u00a0€");
        assertThat(format.count(10_000)).isEqualTo("10\u202f000");
    }

    @Test
    void givenRetentionPeriods_thenTheyReadInWords() {
        assertThat(format.period(Period.parse("P13M"))).isEqualTo("13\u00a0mois");
        assertThat(format.period(Period.parse("P3Y"))).isEqualTo("3\u00a0ans");
        assertThat(format.period(Period.parse("P1Y"))).isEqualTo("1\u00a0an");
        assertThat(format.duration(Duration.parse("PT1H"))).isEqualTo("1\u00a0heure");
        assertThat(format.duration(Duration.parse("PT30M"))).isEqualTo("30\u00a0minutes");
    }
}
