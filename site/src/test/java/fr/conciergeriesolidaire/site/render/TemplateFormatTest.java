package fr.conciergeriesolidaire.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.catalog.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** What the templates add to the shared French format (tested in the catalog): zones, openings, attributes. */
class TemplateFormatTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final TemplateFormat format = new TemplateFormat();

    @Test
    void givenZonedDateTimes_thenTheLocalDateAndTimeAreShownAndTheAttributeCarriesTheOffset() {
        ZonedDateTime start = ZonedDateTime.of(2027, 1, 1, 16, 30, 0, 0, PARIS);
        assertThat(format.date(start)).isEqualTo("vendredi 1er janvier 2027");
        assertThat(format.time(start)).isEqualTo("16\u00a0h\u00a030");
        assertThat(format.iso(start)).isEqualTo("2027-01-01T16:30+01:00");
    }

    @Test
    void givenAnOpening_thenItReadsAsASentence() {
        OpeningHours hours = new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 30));
        assertThat(format.opening(hours)).isEqualTo("de 9\u00a0h à 12\u00a0h\u00a030");
    }
}
