package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.CounterKind;
import fr.conciergeriesolidaire.catalog.OpeningHours;
import fr.conciergeriesolidaire.catalog.Policies.OrderRules;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slots against opening hours, closed dates, notice and advance, in Europe/Paris with daylight saving time. */
class SlotRulesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Counter TILLEULS = counter(
            List.of(
                    new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(16, 0), LocalTime.of(18, 0)),
                    new OpeningHours(DayOfWeek.THURSDAY, LocalTime.of(16, 0), LocalTime.of(18, 0))),
            List.of(LocalDate.of(2026, 12, 24)));
    /** A counter open on Sunday night, to meet the spring-forward gap (02:00 -> 03:00 on 29 March 2026). */
    private static final Counter NIGHT_OWL = counter(
            List.of(
                    new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(1, 30), LocalTime.of(3, 30)),
                    new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(16, 0), LocalTime.of(18, 0))),
            List.of());

    private final SlotRules rules =
            new SlotRules(new OrderRules(Duration.ofHours(24), Period.ofDays(60), 20, 500), PARIS);

    @Test
    void aSlotInWinterStartsAtUtcPlusOneAndInSummerAtUtcPlusTwo() {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        assertThat(valid("2026-03-10", "16:00-16:30", TILLEULS, now).start())
                .isEqualTo(Instant.parse("2026-03-10T15:00:00Z"));
        assertThat(valid("2026-04-07", "16:00-16:30", TILLEULS, now).start())
                .isEqualTo(Instant.parse("2026-04-07T14:00:00Z"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "2026-03-10, 17:30-18:00, ",
        "2026-03-10, 16:15-16:45, window",
        "2026-03-10, 17:45-18:15, window",
        "2026-03-10, 16:00-17:00, window",
        "2026-03-10, 15:30-16:00, window",
        "2026-03-11, 16:00-16:30, date",
        "2026-12-24, 16:00-16:30, date",
        "2026-02-30, 16:00-16:30, date",
        "10/03/2026, 16:00-16:30, date",
        "2026-03-10, 16h-16h30, window",
        "2026-03-10, 25:00-25:30, window",
        "2026-03-01, 16:00-16:30, date",
        "2026-05-05, 16:00-16:30, date"
    })
    void onlyWindowsOfTheCounterAreAccepted(String date, String window, String fieldInError) {
        FieldErrors errors = new FieldErrors();
        Optional<Slot> slot = rules.validate(
                Optional.of(date),
                Optional.of(window),
                Optional.of(TILLEULS),
                Instant.parse("2026-03-02T09:00:00Z"),
                errors);

        if (fieldInError == null) {
            assertThat(slot).isPresent();
        } else {
            assertThat(slot).isEmpty();
            assertThat(errors.has(fieldInError)).as("error on %s", fieldInError).isTrue();
        }
    }

    @Test
    void theMinimumNoticeIsCountedInRealHours() {
        // GIVEN Monday 16:30 in Paris
        Instant now = Instant.parse("2026-03-09T15:30:00Z");

        // THEN Tuesday 16:00 (23 h 30 later) is too soon, Tuesday 16:30 (exactly 24 h) is fine
        assertThat(errorsFor("2026-03-10", "16:00-16:30", TILLEULS, now).has(OrderFields.DATE))
                .isTrue();
        assertThat(valid("2026-03-10", "16:30-17:00", TILLEULS, now)).isNotNull();
    }

    @Test
    void theMinimumNoticeAcrossTheSpringChangeCountsTheLostHour() {
        // GIVEN Saturday 28 March 17:00 in Paris (UTC+1); clocks go forward that night
        Instant now = Instant.parse("2026-03-28T16:00:00Z");

        // THEN Sunday 17:30 (UTC+2) is only 23 h 30 away although the wall clock says 24 h 30
        assertThat(errorsFor("2026-03-29", "17:30-18:00", NIGHT_OWL, now).has(OrderFields.DATE))
                .isTrue();
    }

    @Test
    void aLocalTimeSkippedByTheSpringChangeIsRefused() {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        FieldErrors errors = errorsFor("2026-03-29", "02:00-02:30", NIGHT_OWL, now);

        assertThat(errors.has(OrderFields.WINDOW)).isTrue();
        assertThat(valid("2026-03-29", "03:00-03:30", NIGHT_OWL, now).start())
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @Test
    void missingDateAndWindowAreBothReported() {
        FieldErrors errors = new FieldErrors();

        rules.validate(
                Optional.empty(),
                Optional.empty(),
                Optional.of(TILLEULS),
                Instant.parse("2026-03-02T09:00:00Z"),
                errors);

        assertThat(errors.has(OrderFields.DATE)).isTrue();
        assertThat(errors.has(OrderFields.WINDOW)).isTrue();
    }

    private Slot valid(String date, String window, Counter counter, Instant now) {
        FieldErrors errors = new FieldErrors();
        Optional<Slot> slot = rules.validate(Optional.of(date), Optional.of(window), Optional.of(counter), now, errors);
        assertThat(errors.isEmpty()).isTrue();
        return slot.orElseThrow();
    }

    private FieldErrors errorsFor(String date, String window, Counter counter, Instant now) {
        FieldErrors errors = new FieldErrors();
        assertThat(rules.validate(Optional.of(date), Optional.of(window), Optional.of(counter), now, errors))
                .isEmpty();
        return errors;
    }

    private static Counter counter(List<OpeningHours> hours, List<LocalDate> closed) {
        return new Counter(
                "comptoir",
                CounterKind.NEIGHBOURHOOD,
                "tilleuls",
                "Comptoir",
                new Address("1 rue", "51100", "Reims"),
                "",
                30,
                hours,
                closed);
    }
}
