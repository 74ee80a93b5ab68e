package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** sitemap.xml lists every page people should find; the Atom feed is well formed and lists the news. */
class SitemapAndFeedTest {
    private static final BakedSite SITE = BakedSite.MAIN;
    private static final String BASE = BakedSite.MAIN_ADDRESS;

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void givenTheSitemap_thenItListsEveryPageButThe404AndTheShell() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Path file : SITE.htmlPages()) {
            String name = SITE.name(file);
            if (!name.equals("/404.html") && !name.startsWith("/_shell/")) {
                expected.add(BASE + name.replaceFirst("index\\.html$", ""));
            }
        }

        List<String> listed =
                texts(xml(SITE.file("/sitemap.xml")), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");

        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void givenTheAtomFeed_thenItIsWellFormedAndListsEveryPostLatestFirst() throws Exception {
        String atom = "http://www.w3.org/2005/Atom";
        Document feed = xml(SITE.file("/actualites/flux.atom"));

        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(atom);
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isEqualTo(4);
        List<String> ids = texts(feed, atom, "id");
        assertThat(ids.get(0)).isEqualTo(BASE + "/actualites/flux.atom");
        assertThat(ids.subList(1, ids.size()))
                .containsExactly(
                        BASE + "/actualites/2026-11-programme-hiver/",
                        BASE + "/actualites/2026-10-nouveau-partenaire-roue-libre/",
                        BASE + "/actualites/2022-02-premiere-annee/",
                        BASE + "/actualites/2021-01-ouverture/");
        assertThat(texts(feed, atom, "updated").get(0)).isEqualTo("2026-11-16T12:00:00+01:00");
        assertThat(SITE.page("/actualites/")
                        .select("link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo("/actualites/flux.atom");
    }

    @Test
    void givenRobotsTxt_thenItPointsToTheSitemap() throws Exception {
        assertThat(java.nio.file.Files.readString(SITE.file("/robots.txt")))
                .contains("User-agent: *")
                .contains("Sitemap: " + BASE + "/sitemap.xml");
    }
}
