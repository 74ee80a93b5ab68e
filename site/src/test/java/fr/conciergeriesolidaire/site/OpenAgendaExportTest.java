package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The programme exported in OpenAgenda's event format, beside the agenda page, from the baked site. */
class OpenAgendaExportTest {
    private static final BakedSite SITE = BakedSite.MAIN;

    private static JsonNode export() throws IOException {
        return new ObjectMapper().readTree(Files.readString(SITE.file("agenda/openagenda.json")));
    }

    private static JsonNode event(String slug) throws IOException {
        for (JsonNode event : export().path("events")) {
            if (event.path("slug").asText().equals(slug)) {
                return event;
            }
        }
        throw new AssertionError("No event " + slug + " in the export");
    }

    @Test
    void givenTheProgramme_whenExported_thenEveryEventIsThereEarliestFirstWithItsPageLinked() throws IOException {
        List<String> begins = new ArrayList<>();
        export().path("events")
                .forEach(event ->
                        begins.add(event.path("timings").get(0).path("begin").asText()));

        assertThat(begins).hasSize(14).isSorted();
        JsonNode event = event("2026-10-21-atelier-velo-canal");
        assertThat(event.path("title").path("fr").asText()).isEqualTo("Atelier réparation de vélos");
        assertThat(event.path("timings").get(0).path("begin").asText()).isEqualTo("2026-10-21T14:00:00+02:00");
        assertThat(event.path("location").path("postalCode").asText()).isEqualTo("51100");
        assertThat(event.path("links").get(0).path("link").asText())
                .isEqualTo(BakedSite.MAIN_ADDRESS + "/agenda/2026-10-21-atelier-velo-canal/");
        assertThat(event.path("attendanceMode").asInt()).isEqualTo(1);
    }

    @Test
    void givenKnownAccessOnly_whenExported_thenOnlyThoseFlagsAreWrittenWithOpenAgendasCodes() throws IOException {
        JsonNode access = event("2026-10-21-atelier-velo-canal").path("accessibility");

        assertThat(access.path("mi").asBoolean()).isTrue();
        assertThat(access.path("hi").asBoolean()).isTrue();
        assertThat(access.path("vi").asBoolean()).isFalse();
        assertThat(access.has("pi")).isFalse();
        assertThat(access.has("ii")).isFalse();
    }

    @Test
    void givenChangedEvents_whenExported_thenOpenAgendasStatusCodesSaySo() throws IOException {
        assertThat(event("2026-10-21-atelier-velo-canal").path("status").asInt())
                .isEqualTo(1);
        assertThat(event("2027-01-14-reunion-habitants-tilleuls").path("status").asInt())
                .isEqualTo(2);
        assertThat(event("2026-12-16-sophrologie-canal").path("status").asInt()).isEqualTo(4);
        assertThat(event("2026-12-10-gym-douce-tilleuls").path("status").asInt())
                .isEqualTo(6);
    }
}
