package fr.conciergeriesolidaire.browser.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.browser.forms.Company;
import fr.conciergeriesolidaire.browser.forms.Confirmation;
import fr.conciergeriesolidaire.browser.forms.SignupForm;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A team member on a phone 360 pixels wide, by keyboard alone: a company has applied, its second request for the same
 * site is refused; the member finds the sign-up awaiting review, classes it sans suite with a reason, and the company
 * then applies again; the member downloads the month's sign-ups (read back as a spreadsheet would) and opens the
 * indicators. Every page and state on the way: axe-core and the Nu Html Checker find nothing, every focus shows,
 * nothing scrolls sideways.
 */
@BrowserTest
class SignUpsJourneyIT {
    private static final By STEPS_FORM = By.cssSelector("main form[action$='/etape'] button[type=submit]");

    private final Browser browser;
    private final Keyboard keyboard;
    private final Team team;
    private final ScreenChecks checks;

    SignUpsJourneyIT(Browsers browsers) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.keyboard = browser.keyboard();
        this.team = Team.of(browser.site());
        this.checks = new ScreenChecks(browser);
        browser.resize(Browser.PHONE);
    }

    @Test
    void givenASignUpClassedSansSuite_whenTheCompanyAppliesAgain_thenItIsTakenAndTheExportAndIndicatorsShowIt()
            throws Exception {
        Company company = Company.valid(31, 60);
        Visitor contact = Visitor.named("Gaëlle", "Relance");
        String first = apply(company, contact);
        applyRefused(company, contact, first);

        SignIn.byHands(browser, keyboard, team.member("Dominique Adhésions", "TEAM"));
        keyboard.activate(By.cssSelector("main a[href='/api/backoffice/adhesions']"));
        SignIn.awaitLocation(browser, "/api/backoffice/adhesions");
        checks.check("sign-ups");
        keyboard.activate(By.xpath("//main//li[contains(., '" + first + "')]/a"));
        SignIn.awaitLocation(browser, "/api/backoffice/adhesions/" + first);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(company.name());
        checks.check("a sign-up awaiting review");

        keyboard.check(By.cssSelector("input[name=status][value=DROPPED]"));
        keyboard.activate(STEPS_FORM);
        awaitErrors();
        assertThat(browser.find(By.id("reason-erreur")).getText())
                .isEqualTo("Indiquez pourquoi la demande est classée sans suite.");
        checks.check("sans suite without a reason");
        keyboard.check(By.cssSelector("input[name=status][value=DROPPED]"));
        keyboard.fill(By.id("reason"), "Pas de local pour le concierge cette année.");
        keyboard.activate(STEPS_FORM);
        SignIn.awaitLocation(browser, "/api/backoffice/adhesions/" + first + "?fait=etape-changee");
        assertThat(browser.find(By.cssSelector("main .bo-status")).getText()).contains("Sans suite");
        assertThat(browser.find(By.cssSelector("main ol.trail")).getText())
                .contains("Dominique Adhésions", "À étudier → Sans suite", "Pas de local pour le concierge");
        checks.check("a sign-up sans suite");

        String second = apply(company, contact);
        assertThat(second).isNotEqualTo(first);

        browser.open(SignIn.DASHBOARD);
        keyboard.activate(By.cssSelector("main a[href='/api/backoffice/exports']"));
        SignIn.awaitLocation(browser, "/api/backoffice/exports");
        checks.check("exports");
        keyboard.check(By.cssSelector("input[name=kind][value=adhesions]"));
        keyboard.activate(By.cssSelector("main form.form button[type=submit]"));
        List<CSVRecord> rows =
                spreadsheet(browser.downloaded("adhesions-" + YearMonth.now(RunningSite.CLOCK) + ".csv"));
        assertThat(rows.get(0).get(0)).isEqualTo("Référence");
        assertThat(rows).anySatisfy(row -> assertThat(row.toList()).contains(first, "Sans suite", company.name()));
        assertThat(rows).anySatisfy(row -> assertThat(row.toList()).contains(second, "À étudier", company.name()));
        assertThat(rows).allSatisfy(row -> assertThat(row.toList()).doesNotContain(contact.email()));
        browser.open("/api/backoffice/exports");
        assertThat(browser.find(By.cssSelector("main ol.trail")).getText())
                .contains("Dominique Adhésions", "Adhésions du mois");
        checks.check("exports, with the latest");

        keyboard.activate(By.cssSelector("nav.bo-nav a[href='/api/backoffice/indicateurs']"));
        SignIn.awaitLocation(browser, "/api/backoffice/indicateurs");
        assertThat(browser.findAll(By.cssSelector("main svg[role=img]"))).hasSizeGreaterThanOrEqualTo(2);
        checks.check("indicators");
    }

    /** The company's contact person sends the sign-up form; its reference. */
    private String apply(Company company, Visitor contact) {
        browser.open(SignupForm.PATH);
        new SignupForm(browser, keyboard)
                .fillAllButHeadcount(company, contact)
                .headcount(company.employees())
                .send();
        return Confirmation.awaited(browser, SignupForm.CONFIRMATION).reference();
    }

    /** The same company and site again, while its first sign-up is followed: refused, naming the first. */
    private void applyRefused(Company company, Visitor contact, String pending) {
        browser.open(SignupForm.PATH);
        new SignupForm(browser, keyboard)
                .fillAllButHeadcount(company, contact)
                .headcount(company.employees())
                .send();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ignored -> browser.find(By.id("erreurs")).isDisplayed());
        assertThat(browser.find(By.id("erreurs")).getText()).contains(pending);
        assertThat(browser.location()).isEqualTo(SignupForm.PATH);
    }

    private void awaitErrors() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ignored ->
                        !browser.findAll(By.cssSelector("main .error-summary")).isEmpty());
    }

    /** The file as LibreOffice Calc opens it: UTF-8 after its byte order mark, cells separated by semicolons. */
    private static List<CSVRecord> spreadsheet(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("\r\n");
        try (var parser = CSVFormat.Builder.create()
                .setDelimiter(';')
                .setQuote('"')
                .get()
                .parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }
}
