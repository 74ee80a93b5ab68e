package fr.conciergeriesolidaire.browser.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.browser.Spaces;
import fr.conciergeriesolidaire.browser.forms.Catalogue;
import fr.conciergeriesolidaire.browser.forms.OrderChoice;
import fr.conciergeriesolidaire.browser.forms.OrderForm;
import fr.conciergeriesolidaire.browser.forms.SignupForm;
import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.OpeningHours;
import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.catalog.Service;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What the form pages' scripts add, beyond the journeys: the sign-up page's estimate outside the offer, its site
 * address asked only when needed, its start date bounded as the server bounds it; the order page's windows and
 * services narrowed to the chosen counter. All driven by keyboard.
 */
@BrowserTest
class FormScriptsIT {
    private final Browser browser;
    private final Keyboard keyboard;

    FormScriptsIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.keyboard = browser.keyboard();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "10001", "12.5", "-3"})
    void givenAHeadcountOutsideTheOffer_thenTheEstimateSaysWhatIsAccepted(String typed) {
        browser.open(SignupForm.PATH);

        keyboard.fill(SignupForm.EMPLOYEES, typed);

        WebElement estimate = browser.find(SignupForm.ESTIMATE);
        assertThat(estimate.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(Spaces.plain(estimate.getText()))
                .isEqualTo("Indiquez un effectif de 10 à 10 000 salariés pour voir l'estimation du prix mensuel.");
    }

    @Test
    void givenTheSiteAddress_thenItIsAskedOnlyWhenAnotherAddressIsChosen() {
        browser.open(SignupForm.PATH);
        List<WebElement> siteFields = List.of(
                browser.find(By.id("siteStreet")),
                browser.find(By.id("sitePostcode")),
                browser.find(By.id("siteCity")));
        assertThat(siteFields).allSatisfy(field -> {
            assertThat(field.isDisplayed()).isFalse();
            assertThat(field.isEnabled()).isFalse();
        });

        keyboard.check(By.id("siteAddress-other"));

        assertThat(siteFields).allSatisfy(field -> {
            assertThat(field.isDisplayed()).isTrue();
            assertThat(field.isEnabled()).isTrue();
            assertThat(field.getAttribute("required")).isNotNull();
        });
    }

    @Test
    void givenTheStartDate_thenTheBrowserOffersTheDaysTheServerAccepts() {
        browser.open(SignupForm.PATH);
        WebElement date = browser.find(By.id("startDate"));
        LocalDate today = LocalDate.now(RunningSite.CLOCK);

        // The browser's today, read by the page: within a day of ours whatever the time zones
        LocalDate earliest = LocalDate.parse(date.getAttribute("min"));
        assertThat(earliest).isBetween(today.minusDays(1), today.plusDays(1));
        assertThat(LocalDate.parse(date.getAttribute("max")))
                .isEqualTo(
                        earliest.plus(Catalogue.DATA.policies().subscriptions().maxStartAdvance()));
    }

    @Test
    void givenACounterAndADay_thenOnlyItsWindowsThatDayAndItsServicesCanBeChosen() {
        OrderChoice canal = OrderChoice.at("comptoir-canal", Map.of());
        browser.open(OrderForm.PATH);

        keyboard.check(By.cssSelector("input[name=counter][value='comptoir-canal']"));
        keyboard.date(By.id("date"), canal.date());

        List<String> offered = browser.findAll(By.cssSelector("#window option")).stream()
                .filter(option -> !option.getAttribute("value").isEmpty() && option.isEnabled())
                .map(option -> option.getAttribute("value"))
                .toList();
        assertThat(offered).isEqualTo(windows(canal.counter(), canal.date()));
        for (Partner partner : Catalogue.DATA.partners()) {
            for (Service service :
                    partner.services().stream().filter(Service::isActive).toList()) {
                assertThat(browser.find(By.id("quantity." + service.id())).isEnabled())
                        .as("%s offered at the Canal", service.id())
                        .isEqualTo(partner.countersOffering(service).contains("comptoir-canal"));
            }
        }
    }

    /** The counter's windows on that day, from its opening hours: "14:00-14:30", ... */
    private static List<String> windows(Counter counter, LocalDate date) {
        List<String> windows = new ArrayList<>();
        for (OpeningHours opening : counter.hours()) {
            if (opening.day() != date.getDayOfWeek()) {
                continue;
            }
            for (LocalTime from = opening.opens();
                    !from.plusMinutes(counter.slotMinutes()).isAfter(opening.closes());
                    from = from.plusMinutes(counter.slotMinutes())) {
                windows.add(from + "-" + from.plusMinutes(counter.slotMinutes()));
            }
        }
        return windows;
    }
}
