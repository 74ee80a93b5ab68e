package fr.conciergeriesolidaire.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.browser.Spaces;
import fr.conciergeriesolidaire.browser.forms.Catalogue;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What assistive technologies and browsers' tabs and history rely on, on a page of each type as the browser shows
 * it: French declared, one main heading, a title that says what the page is (its heading's words, then the site's
 * name) and that no other page of the site has.
 */
@BrowserTest
class PageStructureIT {
    private static final String SITE_NAME = Catalogue.DATA.organisation().name();

    private final Browser browser;
    private final RunningSite site;

    PageStructureIT(Browsers browsers, RunningSite site) {
        this.browser = browsers.browser(JavaScript.ENABLED);
        this.site = site;
    }

    static List<SamplePage> pages() {
        return SamplePages.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void givenAPageOfEachType_thenItIsFrenchWithOneHeadingAndATitleSayingWhatItIs(SamplePage page) {
        page.openIn(browser);

        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        List<WebElement> headings = browser.findAll(By.tagName("h1"));
        assertThat(headings).as("h1 of %s", page).hasSize(1);
        assertThat(headings.get(0).isDisplayed()).isTrue();
        // An event's heading carries its status ("Annulé"), which its title leaves to the page.
        String heading = Spaces.plain(headings.get(0).getText());
        for (WebElement status : headings.get(0).findElements(By.className("status"))) {
            heading = heading.replace(Spaces.plain(status.getText()), "");
        }
        String title = Spaces.plain(browser.title());
        assertThat(title).as("title of %s", page).endsWith(SITE_NAME);
        assertThat(words(title)).as("title of %s names its heading", page).containsAll(words(heading));
    }

    @Test
    void givenEveryPageOfTheSitemap_thenNoTwoShareATitle() throws IOException {
        Document sitemap = Jsoup.connect(site.url("/sitemap.xml"))
                .parser(Parser.xmlParser())
                .get();
        Map<String, String> pathByTitle = new HashMap<>();

        for (String address : sitemap.select("loc").eachText()) {
            String path = URI.create(address).getRawPath();
            String title = Jsoup.connect(site.url(path)).get().title();
            String other = pathByTitle.putIfAbsent(title, path);
            assertThat(other)
                    .as("%s has the title of %s: %s", path, other, title)
                    .isNull();
        }
        assertThat(pathByTitle).hasSizeGreaterThan(10);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s,.:;!?()«»]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
