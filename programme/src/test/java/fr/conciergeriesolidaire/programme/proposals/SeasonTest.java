package fr.conciergeriesolidaire.programme.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A season runs from 1 September to 31 August, in the site's zone. */
class SeasonTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void givenDaysAroundTheFirstOfSeptember_thenTheSeasonChangesThatDay() {
        assertThat(Season.of(LocalDate.parse("2026-08-31")).label()).isEqualTo("2025-2026");
        assertThat(Season.of(LocalDate.parse("2026-09-01")).label()).isEqualTo("2026-2027");
        assertThat(Season.of(LocalDate.parse("2027-01-15")).label()).isEqualTo("2026-2027");
        assertThat(Season.of(LocalDate.parse("2027-01-15")).lastDay()).isEqualTo(LocalDate.parse("2027-08-31"));
    }

    @Test
    void givenMidnightInParis_thenTheSeasonStartsThenAndNotAtMidnightUtc() {
        Season season = Season.of(LocalDate.parse("2026-10-01"));

        assertThat(season.start(PARIS)).isEqualTo(Instant.parse("2026-08-31T22:00:00Z"));
        assertThat(season.end(PARIS)).isEqualTo(Instant.parse("2027-08-31T22:00:00Z"));
        assertThat(Season.of(Instant.parse("2026-08-31T22:30:00Z"), PARIS)).isEqualTo(season);
        assertThat(Season.of(Instant.parse("2026-08-31T21:30:00Z"), PARIS)).isNotEqualTo(season);
    }
}
