package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.conciergeriesolidaire.catalog.CompanyOffer;
import fr.conciergeriesolidaire.catalog.CompanyQuote;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-up page in headless Chromium: the live estimate, the site's address, and the page without script. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignupPageBrowserTest {
    private static final String PAGE = "/entreprises/inscription/";
    private static final CompanyOffer OFFER =
            SiteDataLoader.fromDirectory(Path.of("data")).offer().company();

    private StaticSite site;
    private Chromium chromium;
    private WebDriver browser;

    @BeforeAll
    void start() {
        site = new StaticSite(BakedSite.MAIN);
        chromium = Chromium.withJavaScript();
        browser = chromium.driver();
    }

    @AfterAll
    void stop() {
        chromium.close();
        site.close();
    }

    @BeforeEach
    void openThePage() {
        browser.get(site.url(PAGE));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 24, 26, 120, 300, 10_000})
    void givenAHeadcount_whenTyped_thenTheEstimateIsTheServersQuote(int employees) {
        WebElement field = browser.findElement(By.id("employees"));

        field.sendKeys(Integer.toString(employees));

        CompanyQuote quote = OFFER.quote(employees);
        String expected = "Estimation : " + euros(quote.monthlyCents()) + " HT par mois pour "
                + String.format(Locale.FRANCE, "%,d", employees) + " salariés"
                + (quote.minimumApplied() ? " (minimum mensuel appliqué)" : "");
        assertThat(spaced(estimate().getText())).isEqualTo(spaced(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "10001", "12.5", "-3"})
    void givenAHeadcountOutsideTheOffer_thenTheEstimateSaysWhatIsAccepted(String typed) {
        browser.findElement(By.id("employees")).sendKeys(typed);

        assertThat(spaced(estimate().getText()))
                .isEqualTo(spaced(
                        "Indiquez un effectif de 10 à 10 000 salariés pour voir l'estimation du prix" + " mensuel."));
    }

    @Test
    void givenTheEstimate_thenItIsAPoliteLiveRegionShownOnlyWithScript() {
        assertThat(estimate().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(estimate().isDisplayed()).isTrue();
    }

    @Test
    void givenTheSiteChoice_thenTheAddressIsAskedOnlyForAnotherSite() {
        List<WebElement> siteFields = List.of(
                browser.findElement(By.id("siteStreet")),
                browser.findElement(By.id("sitePostcode")),
                browser.findElement(By.id("siteCity")));
        assertThat(siteFields).allSatisfy(field -> {
            assertThat(field.isDisplayed()).isFalse();
            assertThat(field.isEnabled()).isFalse();
        });

        // WHEN "another address" is chosen from the keyboard, as radio buttons are
        browser.findElement(By.id("siteAddress")).sendKeys(Keys.ARROW_DOWN);

        assertThat(siteFields).allSatisfy(field -> {
            assertThat(field.isDisplayed()).isTrue();
            assertThat(field.isEnabled()).isTrue();
            assertThat(field.getAttribute("required")).isNotNull();
        });
    }

    @Test
    void givenTheStartDate_thenTheBrowserOffersTheDaysTheServerAccepts() {
        WebElement date = browser.findElement(By.id("startDate"));
        LocalDate today = LocalDate.now();

        // The browser's today, read by the page: within a day of ours whatever the time zones
        assertThat(LocalDate.parse(date.getAttribute("min"))).isBetween(today.minusDays(1), today.plusDays(1));
        assertThat(LocalDate.parse(date.getAttribute("max")))
                .isEqualTo(LocalDate.parse(date.getAttribute("min")).plusDays(365));
    }

    @Test
    void givenTheOrderPagesScript_thenQuantitiesBecomeTheApisLines() {
        browser.get(site.url("/commander/"));

        Object json = ((JavascriptExecutor) browser)
                .executeScript("return window.Formulaires.reshape.order("
                        + "{'counter': 'comptoir-canal', 'quantity.talons': 2, 'quantity.revision-velo': 0});");

        assertThat(json)
                .isEqualTo(Map.of(
                        "counter", "comptoir-canal", "lines", List.of(Map.of("service", "talons", "quantity", 2L))));
    }

    @Test
    void givenThePageWithItsScripts_thenAxeFindsNoWcagViolation() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);

        assertThat(results.isErrored()).as("axe ran").isFalse();
        assertThat(results.getViolations()).isEmpty();
    }

    @Test
    void givenNoJavaScript_thenTheWholeFormIsThereWithoutEstimate() {
        try (Chromium plain = Chromium.withoutJavaScript()) {
            WebDriver page = plain.driver();
            page.get(site.url(PAGE));

            assertThat(page.findElement(By.id("estimation")).isDisplayed()).isFalse();
            assertThat(page.findElement(By.id("siteStreet")).isDisplayed()).isTrue();
            assertThat(page.findElement(By.id("siteStreet")).isEnabled()).isTrue();
            assertThat(page.findElement(By.id("siteAddress")).isSelected()).isTrue();
        }
    }

    private WebElement estimate() {
        return browser.findElement(By.id("estimation"));
    }

    /** "1 498,00 €" as French typography writes it; spaces are compared loosely below. */
    private static String euros(long cents) {
        return String.format(Locale.FRANCE, "%,d", cents / 100) + "," + String.format("%02d", cents % 100) + " €";
    }

    /** Ordinary, non-breaking and narrow non-breaking spaces are the same space to a reader. */
    private static String spaced(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }
}
