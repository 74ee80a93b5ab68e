package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar files of the baked site parse with ical4j and hold exactly the events they should. */
class CalendarFilesTest {
    private static final BakedSite SITE = BakedSite.MAIN;
    private static final String HOST =
            java.net.URI.create(BakedSite.MAIN_ADDRESS).getHost();

    /** The event folders of the content: each is one event, whose UID is derived from its folder name. */
    private static List<String> eventIds(String neighbourhood) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Path.of("content/agenda"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String header = Files.readString(folder.resolve("index.md"));
                if (neighbourhood == null || header.contains("\nneighbourhood=" + neighbourhood + "\n")) {
                    ids.add(folder.getFileName() + "@" + HOST);
                }
            }
        }
        return ids;
    }

    private static List<String> uids(Path file) throws Exception {
        return IcsFiles.read(file).stream()
                .map(event -> IcsFiles.value(event, Property.UID))
                .toList();
    }

    @Test
    void givenTheWholeAgenda_whenParsed_thenItHoldsEveryEventOnce() throws Exception {
        assertThat(uids(SITE.file("/agenda/agenda.ics"))).containsExactlyInAnyOrderElementsOf(eventIds(null));
    }

    @Test
    void givenANeighbourhoodCalendar_whenParsed_thenItHoldsExactlyThatNeighbourhoodsEvents() throws Exception {
        assertThat(uids(SITE.file("/quartiers/tilleuls/agenda.ics")))
                .containsExactlyInAnyOrderElementsOf(eventIds("tilleuls"));
        assertThat(uids(SITE.file("/quartiers/canal/agenda.ics")))
                .containsExactlyInAnyOrderElementsOf(eventIds("canal"));
    }

    @Test
    void givenEveryCalendarFile_whenParsed_thenEachEventHasTheRequiredProperties() throws Exception {
        List<Path> files = SITE.files(".ics");
        assertThat(files).hasSize(eventIds(null).size() + 3);
        for (Path file : files) {
            var calendar = IcsFiles.parse(file);
            assertThat(calendar.getProperty(Property.PRODID)).isPresent();
            assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue))
                    .contains("2.0");
            for (VEvent event : IcsFiles.read(file)) {
                for (String required : List.of(
                        Property.UID,
                        Property.DTSTAMP,
                        Property.DTSTART,
                        Property.DTEND,
                        Property.SUMMARY,
                        Property.STATUS,
                        Property.LOCATION,
                        Property.URL)) {
                    assertThat(IcsFiles.value(event, required))
                            .as(file + " " + required)
                            .isNotBlank();
                }
                assertThat(IcsFiles.value(event, Property.URL)).startsWith("https://" + HOST + "/agenda/");
            }
        }
    }

    @Test
    void givenAnEventInWinterTime_whenParsed_thenItsTimesAreTheHandComputedUtcOnes() throws Exception {
        // Tuesday 8 December 2026, 16:00-18:00 in Paris (UTC+1).
        VEvent event = IcsFiles.read(SITE.file("/agenda/2026-12-08-atelier-velo-tilleuls/evenement.ics"))
                .get(0);

        assertThat(IcsFiles.start(event)).isEqualTo("2026-12-08T15:00:00Z");
        assertThat(IcsFiles.end(event)).isEqualTo("2026-12-08T17:00:00Z");
        assertThat(IcsFiles.value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void givenEventsInSummerTime_whenParsed_thenTheirOffsetIsTwoHours() throws Exception {
        // Wednesday 21 October 2026, 14:00 (before the 25 October change) and Saturday 3 April 2027, 10:00.
        VEvent october = IcsFiles.read(SITE.file("/agenda/2026-10-21-atelier-velo-canal/evenement.ics"))
                .get(0);
        VEvent april = IcsFiles.read(SITE.file("/agenda/2027-04-03-collecte-printemps-canal/evenement.ics"))
                .get(0);

        assertThat(IcsFiles.start(october)).isEqualTo("2026-10-21T12:00:00Z");
        assertThat(IcsFiles.start(april)).isEqualTo("2027-04-03T08:00:00Z");
    }

    @Test
    void givenCancelledAndPostponedEvents_whenParsed_thenTheirStatusSaysSo() throws Exception {
        VEvent cancelled = IcsFiles.read(SITE.file("/agenda/2026-12-10-gym-douce-tilleuls/evenement.ics"))
                .get(0);
        VEvent postponed = IcsFiles.read(SITE.file("/agenda/2026-12-16-sophrologie-canal/evenement.ics"))
                .get(0);

        assertThat(IcsFiles.value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(IcsFiles.value(cancelled, Property.SUMMARY)).isEqualTo("Gym douce (annulé)");
        assertThat(IcsFiles.value(cancelled, Property.DESCRIPTION))
                .as("what the team says of it comes first: a calendar shows no page")
                .startsWith("Annulé : l'éducatrice sportive est absente.");
        assertThat(IcsFiles.value(postponed, Property.STATUS)).isEqualTo("TENTATIVE");
    }
}
