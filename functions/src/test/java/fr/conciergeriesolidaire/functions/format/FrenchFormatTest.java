package fr.conciergeriesolidaire.functions.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class FrenchFormatTest {
    @Test
    void amountsCountsDatesAndTimesReadInFrench() {
        assertThat(FrenchFormat.euros(1250)).isEqualTo("12,50\u00a0€");
        assertThat(FrenchFormat.euros(5)).isEqualTo("0,05\u00a0€");
        assertThat(FrenchFormat.euros(149_800)).isEqualTo("1\u202f498,00\u00a0€");
        assertThat(FrenchFormat.count(10_000)).isEqualTo("10\u202f000");
        assertThat(FrenchFormat.count(999)).isEqualTo("999");
        assertThat(FrenchFormat.date(LocalDate.of(2026, 3, 10))).isEqualTo("mardi 10 mars 2026");
        assertThat(FrenchFormat.window(LocalTime.of(16, 0), LocalTime.of(16, 30)))
                .isEqualTo("de 16\u00a0h\u00a000 à 16\u00a0h\u00a030");
    }
}
