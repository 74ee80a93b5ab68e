package fr.conciergeriesolidaire.browser.pages;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.forms.Company;
import fr.conciergeriesolidaire.browser.forms.OrderChoice;
import fr.conciergeriesolidaire.browser.forms.OrderForm;
import fr.conciergeriesolidaire.browser.forms.SignupForm;
import fr.conciergeriesolidaire.browser.forms.Submissions;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.site.Problems;
import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.content.ContentReader;
import fr.conciergeriesolidaire.site.content.PageType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One page of every type a content file can be (read from site/content, so a new page type is checked as soon as it
 * has a page), the 404 page as a missing address brings it up, and every kind of page the API answers with.
 */
final class SamplePages {
    static final String MISSING = "/cette-page-n-existe-pas/";
    /** A neighbourhood page, with its form to propose an animation. */
    private static final String PROPOSAL_FORM = "/quartiers/canal/";

    private static final String PROPOSAL_CONFIRMATION = "/api/propositions/confirmation";

    private SamplePages() {}

    /** Every sample: the site's page types, then the API's pages. */
    static List<SamplePage> all() {
        List<SamplePage> pages = new ArrayList<>(ofContent());
        pages.addAll(ofApi());
        return pages;
    }

    /** Every sample, and the forms showing their errors. */
    static List<SamplePage> allWithErrors() {
        List<SamplePage> pages = new ArrayList<>(all());
        pages.addAll(withErrors());
        return pages;
    }

    static List<SamplePage> ofContent() {
        List<ContentFile> files = new ContentReader(
                        Repository.root().resolve("site").resolve("content"), "content/", new Problems())
                .readAll();
        return Arrays.stream(PageType.values())
                .filter(type -> type != PageType.SHELL)
                .map(type -> files.stream()
                        .filter(file -> file.type() == type)
                        .findFirst()
                        .map(file -> type == PageType.NOT_FOUND ? MISSING : file.path())
                        .map(path -> opening(type.headerValue() + " " + path, path))
                        .orElseThrow(() -> new IllegalStateException("No page of type " + type)))
                .toList();
    }

    static List<SamplePage> ofApi() {
        return List.of(
                new SamplePage(
                        "order confirmation",
                        browser -> browser.open(OrderForm.CONFIRMATION + "?reference=" + order(browser))),
                new SamplePage(
                        "sign-up confirmation",
                        browser -> browser.open(SignupForm.CONFIRMATION + "?reference=" + signup(browser))),
                new SamplePage(
                        "order errors without JavaScript",
                        browser -> refusedPlainly(browser, OrderForm.PATH, By.id("commande"))),
                new SamplePage(
                        "sign-up errors without JavaScript",
                        browser -> refusedPlainly(browser, SignupForm.PATH, By.id("adhesion"))),
                opening("order not found", OrderForm.CONFIRMATION + "?reference=ABCDEFGH"),
                new SamplePage(
                        "proposal confirmation",
                        browser -> browser.open(PROPOSAL_CONFIRMATION + "?reference=" + proposal(browser))),
                new SamplePage(
                        "proposal errors without JavaScript",
                        browser -> refusedPlainly(browser, PROPOSAL_FORM, By.id("proposition"))),
                opening("proposal not found", PROPOSAL_CONFIRMATION + "?reference=ABCDEFGH"));
    }

    /** Each form sent empty with JavaScript, showing its error summary and a message under each field. */
    static List<SamplePage> withErrors() {
        return List.of(
                new SamplePage("order form showing its errors", browser -> refused(browser, OrderForm.PATH)),
                new SamplePage("sign-up form showing its errors", browser -> refused(browser, SignupForm.PATH)),
                new SamplePage("proposal form showing its errors", browser -> refused(browser, PROPOSAL_FORM)));
    }

    private static void refused(Browser browser, String formPath) {
        browser.open(formPath);
        browser.find(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> browser.find(By.id("erreurs")).isDisplayed());
    }

    private static SamplePage opening(String name, String path) {
        return new SamplePage(name, browser -> browser.open(path));
    }

    private static void refusedPlainly(Browser browser, String formPath, By form) {
        browser.open(formPath);
        browser.submitPlainly(form);
    }

    /** One order for the whole run, shared by the classes that show its confirmation. */
    private static String order(Browser browser) {
        return browser.site()
                .shared(
                        "sample order",
                        String.class,
                        () -> Submissions.order(
                                browser.site(),
                                OrderChoice.at("comptoir-canal", Map.of("revision-velo", 1)),
                                Visitor.named("Émile", "Exemple")));
    }

    private static String proposal(Browser browser) {
        return browser.site()
                .shared(
                        "sample proposal",
                        String.class,
                        () -> Submissions.proposal(browser.site(), "canal", "Un troc de plantes au printemps."));
    }

    private static String signup(Browser browser) {
        return browser.site()
                .shared(
                        "sample sign-up",
                        String.class,
                        () -> Submissions.signup(
                                browser.site(), Company.valid(3, 80), Visitor.named("Fanny", "Exemple")));
    }
}
