package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.journeys.CalendarFeed;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A member of the team cancels an event by keyboard, with the message the public page shows; after the runner's
 * rebuild the event's page says so, its own calendar and its neighbourhood's cancel it (STATUS:CANCELLED, a higher
 * SEQUENCE, so that a subscribed calendar replaces its copy), and its JSON-LD says EventCancelled.
 */
@BrowserTest
class ProgrammeCancellationIT {
    private static final String MESSAGE = "Annulé : la salle commune est fermée ce jour-là.";

    private final Browser browser;
    private final Keyboard keyboard;
    private final Team team;

    ProgrammeCancellationIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.keyboard = browser.keyboard();
        this.team = Team.of(browser.site());
    }

    @Test
    void givenAnEvent_whenAMemberCancelsIt_thenItsPageItsCalendarsAndItsJsonLdSaySo() throws Exception {
        String title = ProgrammeScreens.unique("Jeux de société");
        String slug = ProgrammeScreens.createEvent(
                team, "tilleuls", title, ProgrammeScreens.dayToCome(25).atTime(15, 0));
        ProgrammeScreens.publicPage(browser.site(), "/agenda/" + slug + "/", title);
        SignIn.byHands(browser, keyboard, team.member("Noa Équipe", "TEAM"));

        browser.open(ProgrammeScreens.EVENTS + "/" + slug);
        keyboard.activate(By.cssSelector("main a[href$='/annulation']"));
        ProgrammeScreens.awaitLocation(browser, ProgrammeScreens.EVENTS + "/" + slug + "/annulation");
        keyboard.fill(By.id("statusNote"), MESSAGE);
        keyboard.activate(By.cssSelector("main form.form button[type=submit]"));

        ProgrammeScreens.awaitLocation(browser, ProgrammeScreens.EVENTS + "/" + slug + "?fait=animation-annulee");
        String page =
                ProgrammeScreens.publicPage(browser.site(), "/agenda/" + slug + "/", "la salle commune est fermée");
        browser.open("/agenda/" + slug + "/");
        assertThat(browser.find(By.tagName("h1")).getText()).contains(title, "Annulé");
        assertThat(browser.findAll(By.cssSelector("main .notice--warning")))
                .extracting(notice -> notice.getText())
                .contains("Cet évènement est annulé.", MESSAGE);
        JsonNode jsonLd = new ObjectMapper()
                .readTree(Jsoup.parse(page)
                        .selectFirst("script[type=application/ld+json]")
                        .data());
        assertThat(jsonLd.path("eventStatus").asText()).isEqualTo("https://schema.org/EventCancelled");
        VEvent own = single(CalendarFeed.events(browser.site().url("/agenda/" + slug + "/evenement.ics")));
        assertThat(value(own, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(own, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(own, Property.SUMMARY)).isEqualTo(title + " (annulé)");
        assertThat(value(own, Property.DESCRIPTION)).startsWith(MESSAGE);
        VEvent inTheNeighbourhood = CalendarFeed.events(browser.site().url("/quartiers/tilleuls/agenda.ics")).stream()
                .filter(event -> value(event, Property.UID).equals(value(own, Property.UID)))
                .findFirst()
                .orElseThrow();
        assertThat(value(inTheNeighbourhood, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(inTheNeighbourhood, Property.SEQUENCE)).isEqualTo("1");
    }

    private static VEvent single(List<VEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }
}
