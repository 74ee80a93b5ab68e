package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The schema.org blocks parse as JSON and carry what search engines require. */
class JsonLdTest {
    private static final BakedSite SITE = BakedSite.MAIN;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode jsonLd(Document page) throws Exception {
        var blocks = page.select("script[type=application/ld+json]");
        assertThat(blocks).hasSize(1);
        return JSON.readTree(blocks.get(0).data());
    }

    @Test
    void givenTheHomePage_thenItDescribesTheOrganisation() throws Exception {
        JsonNode organisation = jsonLd(SITE.page("/"));

        assertThat(organisation.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(organisation.path("@type").asText()).isEqualTo("Organization");
        assertThat(organisation.path("name").asText()).isEqualTo("La conciergerie solidaire 51");
        assertThat(organisation.path("url").asText()).isEqualTo(BakedSite.MAIN_ADDRESS + "/");
        assertThat(organisation.path("address").path("postalCode").asText()).isEqualTo("51100");
    }

    @Test
    void givenEveryEventPage_thenItsEventCarriesStatusPlaceOrganizerAndOffsetDates() throws Exception {
        List<Path> eventPages = new ArrayList<>();
        for (Path file : SITE.htmlPages()) {
            if (SITE.name(file).matches("/agenda/[^/]+/index.html")) {
                eventPages.add(file);
            }
        }
        assertThat(eventPages).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : eventPages) {
            JsonNode event = jsonLd(SITE.page(file));
            assertThat(event.path("@type").asText()).isEqualTo("Event");
            assertThat(event.path("name").asText()).isNotBlank();
            assertThat(event.path("startDate").asText())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]:00");
            assertThat(event.path("endDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]:00");
            assertThat(event.path("eventStatus").asText()).startsWith("https://schema.org/Event");
            assertThat(event.path("eventAttendanceMode").asText())
                    .isEqualTo("https://schema.org/OfflineEventAttendanceMode");
            assertThat(event.path("location").path("@type").asText()).isEqualTo("Place");
            assertThat(event.path("location").path("address").path("@type").asText())
                    .isEqualTo("PostalAddress");
            assertThat(event.path("location")
                            .path("address")
                            .path("addressLocality")
                            .asText())
                    .isEqualTo("Reims");
            assertThat(event.path("organizer").path("name").asText()).isEqualTo("La conciergerie solidaire 51");
            assertThat(event.path("url").asText())
                    .isEqualTo(SITE.page(file).select("link[rel=canonical]").attr("href"));
        }
    }

    @Test
    void givenEventsThatChanged_thenTheirStatusAndCapacityAreStated() throws Exception {
        JsonNode cancelled = jsonLd(SITE.page("/agenda/2026-12-10-gym-douce-tilleuls/"));
        JsonNode postponed = jsonLd(SITE.page("/agenda/2026-12-16-sophrologie-canal/"));
        JsonNode rescheduled = jsonLd(SITE.page("/agenda/2027-01-14-reunion-habitants-tilleuls/"));
        JsonNode full = jsonLd(SITE.page("/agenda/2026-12-02-atelier-cuisine-soupes-canal/"));

        assertThat(cancelled.path("eventStatus").asText()).isEqualTo("https://schema.org/EventCancelled");
        assertThat(postponed.path("eventStatus").asText()).isEqualTo("https://schema.org/EventPostponed");
        assertThat(rescheduled.path("eventStatus").asText()).isEqualTo("https://schema.org/EventRescheduled");
        assertThat(rescheduled.path("previousStartDate").asText()).isEqualTo("2027-01-07T17:30:00+01:00");
        assertThat(full.path("maximumAttendeeCapacity").asInt()).isEqualTo(10);
        assertThat(full.path("remainingAttendeeCapacity").asInt()).isZero();
        assertThat(full.path("offers").path("availability").asText()).isEqualTo("https://schema.org/SoldOut");
    }
}
