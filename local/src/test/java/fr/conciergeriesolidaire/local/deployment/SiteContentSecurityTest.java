package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.local.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every built page works under the site's Content-Security-Policy ({@code default-src 'self'}, no inline code):
 * no inline script (JSON data blocks do not run), no inline style or event handler, nothing loaded from elsewhere.
 */
class SiteContentSecurityTest {
    private static final Set<String> DATA_BLOCKS = Set.of("application/ld+json", "application/json");
    private static final String LOADED = "script[src], img[src], iframe[src], source[src], audio[src], video[src],"
            + " embed[src], object[data], link[rel~=(?i)stylesheet|icon|manifest|preload|modulepreload][href]";

    private static List<Document> pages;

    @BeforeAll
    static void readBuiltPages() throws IOException {
        Path site = Repository.layout().siteOutput();
        assertThat(site.resolve("index.html"))
                .as("the site is built (./mvnw package)")
                .exists();
        pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".html")).toList()) {
                pages.add(Jsoup.parse(file.toFile(), "UTF-8", "https://site.test/" + site.relativize(file)));
            }
        }
        assertThat(pages).hasSizeGreaterThan(10);
    }

    @Test
    void noPageRunsInlineScriptOrStyle() {
        for (Document page : pages) {
            String where = page.location();
            assertThat(page.select("script:not([src])"))
                    .as(where + ": inline scripts")
                    .allSatisfy(script -> assertThat(script.attr("type")).isIn(DATA_BLOCKS));
            assertThat(page.select("style")).as(where + ": style elements").isEmpty();
            assertThat(page.select("[style]")).as(where + ": style attributes").isEmpty();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey())
                            .as(where + ": event handler attribute")
                            .doesNotStartWith("on");
                    assertThat(attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT))
                            .as(where + ": javascript: address")
                            .doesNotStartWith("javascript:");
                }
            }
        }
    }

    @Test
    void everyPageLoadsOnlyFromTheSiteAndPostsOnlyToIt() {
        for (Document page : pages) {
            for (Element loaded : page.select(LOADED)) {
                String address = loaded.hasAttr("src")
                        ? loaded.attr("src")
                        : loaded.attr(loaded.hasAttr("data") ? "data" : "href");
                assertThat(address)
                        .as(page.location() + ": " + loaded.tagName())
                        .matches("/[^/].*|[^:/]+(/.*)?");
            }
            assertThat(page.select("form"))
                    .allSatisfy(form ->
                            assertThat(form.attr("action")).as(page.location()).matches("/[^/].*"));
        }
    }
}
