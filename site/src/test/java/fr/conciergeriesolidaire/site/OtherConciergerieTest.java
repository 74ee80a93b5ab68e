package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Another conciergerie of the network (a fictional one, under src/test/resources) builds with the same templates
 * and no code change, with a "now" fixed so that what is upcoming is known.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherConciergerieTest {
    private static final Path FIXTURE = Path.of("src/test/resources/autre-conciergerie");
    private static final String ADDRESS = "https://conciergerie-ardennes.example";

    private BakedSite site;

    @BeforeAll
    void bake() {
        Path output = Path.of("target/autre-conciergerie");
        Clock now =
                Clock.fixed(OffsetDateTime.parse("2027-03-01T12:00:00+01:00").toInstant(), ZoneOffset.UTC);
        new SiteBuilder(
                        new SiteSources(Path.of("."), FIXTURE.resolve("content"), FIXTURE.resolve("data"), output),
                        new BuildSettings(null, now))
                .build();
        site = new BakedSite(output);
    }

    @Test
    void givenAnotherConciergerie_whenBaked_thenEveryPageIsValidLinkedAndWellFormed() throws Exception {
        SiteChecks.assertEveryPageIsValidHtml(site);
        SiteChecks.assertLinksResolveAndNothingLoadsFromElsewhere(site);
        SiteChecks.assertEveryPageIsWellFormed(site);
        SiteChecks.assertCanonicalAddresses(site, ADDRESS);
    }

    @Test
    void givenItsOwnData_whenBaked_thenPagesShowItsIdentityAndNothingOfReims() {
        String home = site.page("/").outerHtml();
        assertThat(home).contains("Conciergerie solidaire des Ardennes", "bonjour@conciergerie-ardennes.example");
        assertThat(home).doesNotContain("Reims", "51100");
        assertThat(site.page("/").select(".demo-notice")).as("demo: false").isEmpty();
        assertThat(site.page("/").select("nav.site-nav a").eachText())
                .containsExactly("Nos quartiers", "Partenaires", "Agenda");
    }

    @Test
    void givenAFixedNow_whenBaked_thenUpcomingAndPastEventsFollowIt() {
        var neighbourhood = site.page("/quartiers/ronde-couture/");
        assertThat(neighbourhood
                        .select("#a-venir ~ .event-list .event__title a")
                        .eachText())
                .containsExactly("Troc de printemps");
        assertThat(neighbourhood
                        .select("section[aria-labelledby=passes] .event__title a")
                        .eachText())
                .containsExactly("Atelier couture");
        assertThat(site.page("/agenda/")
                        .select("section[aria-labelledby=a-venir] .event__title a")
                        .eachText())
                .containsExactly("Troc de printemps");
    }

    @Test
    void givenAnEventAcrossTheChangeToSummerTime_whenBaked_thenItsCalendarHoldsTheRightUtcTimes() throws Exception {
        List<VEvent> events = IcsFiles.read(site.file("/agenda/2027-03-27-troc-de-printemps/evenement.ics"));

        assertThat(events).hasSize(1);
        // 9:00 on 27 March is winter time (UTC+1); 12:00 on 28 March is summer time (UTC+2).
        assertThat(IcsFiles.start(events.get(0))).isEqualTo("2027-03-27T08:00:00Z");
        assertThat(IcsFiles.end(events.get(0))).isEqualTo("2027-03-28T10:00:00Z");
        assertThat(Files.readString(site.file("/robots.txt")))
                .contains("Disallow: /api/")
                .doesNotContain("Disallow: /\n");
    }
}
