package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The page the API fills with its HTML answers keeps the contract of COMMON.md. */
class ResponseShellTest {
    private static final BakedSite SITE = BakedSite.MAIN;

    @Test
    void givenTheShell_thenItHasOneTitleTokenInTitleAndOneMainTokenAloneInMain() throws Exception {
        String html = Files.readString(SITE.file("/_shell/reponse.html"));
        var page = SITE.page("/_shell/reponse.html");

        assertThat(html.split("@@TITLE@@", -1)).hasSize(2);
        assertThat(html.split("@@MAIN@@", -1)).hasSize(2);
        assertThat(page.title()).contains("@@TITLE@@");
        assertThat(page.select("main#contenu").html().trim()).isEqualTo("@@MAIN@@");
    }

    @Test
    void givenTheShell_thenItHasTheSiteLayoutAndStaysOutOfSearchEngines() {
        var page = SITE.page("/_shell/reponse.html");

        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/styles/site.css");
        assertThat(page.select("a.skip-link[href=#contenu]")).hasSize(1);
        assertThat(page.select("header nav.site-nav a")).isNotEmpty();
        assertThat(page.select("footer.site-footer")).hasSize(1);
    }
}
