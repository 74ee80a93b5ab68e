package fr.conciergeriesolidaire.catalog.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

class FrenchFormatTest {
    @Test
    void givenDates_thenTheyReadAsInFrenchWithTheFirstOfTheMonthAsAnOrdinal() {
        assertThat(FrenchFormat.date(LocalDate.of(2026, 12, 8))).isEqualTo("mardi 8 décembre 2026");
        assertThat(FrenchFormat.date(LocalDate.of(2026, 3, 10))).isEqualTo("mardi 10 mars 2026");
        assertThat(FrenchFormat.date(LocalDate.of(2027, 1, 1))).isEqualTo("vendredi 1er janvier 2027");
    }

    @Test
    void givenHours_thenMinutesShowOnlyWhenThereAreSome() {
        assertThat(FrenchFormat.time(LocalTime.of(16, 0))).isEqualTo("16\u00a0h");
        assertThat(FrenchFormat.time(LocalTime.of(9, 5))).isEqualTo("9\u00a0h\u00a005");
        assertThat(FrenchFormat.timeRange(LocalTime.of(9, 0), LocalTime.of(16, 30)))
                .isEqualTo("9\u00a0h\u00a0– 16\u00a0h\u00a030");
        assertThat(FrenchFormat.window(LocalTime.of(16, 0), LocalTime.of(16, 30)))
                .isEqualTo("de 16\u00a0h à 16\u00a0h\u00a030");
    }

    @Test
    void givenPricesInCents_thenTheyReadInEurosWithFrenchSeparators() {
        assertThat(FrenchFormat.price(1250)).isEqualTo("12,50\u00a0€");
        assertThat(FrenchFormat.price(5)).isEqualTo("0,05\u00a0€");
        assertThat(FrenchFormat.price(125_000)).isEqualTo("1\u202f250,00\u00a0€");
        assertThat(FrenchFormat.price(-300)).isEqualTo("-3,00\u00a0€");
        assertThat(FrenchFormat.count(10_000)).isEqualTo("10\u202f000");
        assertThat(FrenchFormat.count(1_234_567)).isEqualTo("1\u202f234\u202f567");
        assertThat(FrenchFormat.count(999)).isEqualTo("999");
    }

    @Test
    void givenRetentionPeriods_thenTheyReadInWords() {
        assertThat(FrenchFormat.period(Period.parse("P13M"))).isEqualTo("13\u00a0mois");
        assertThat(FrenchFormat.period(Period.parse("P3Y"))).isEqualTo("3\u00a0ans");
        assertThat(FrenchFormat.period(Period.parse("P1Y"))).isEqualTo("1\u00a0an");
        assertThat(FrenchFormat.period(Period.parse("P60D"))).isEqualTo("60\u00a0jours");
        assertThat(FrenchFormat.duration(Duration.parse("PT1H"))).isEqualTo("1\u00a0heure");
        assertThat(FrenchFormat.duration(Duration.parse("PT30M"))).isEqualTo("30\u00a0minutes");
    }
}
