package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.htmlvalidation.HtmlValidator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The checks every baked site must pass, whichever conciergerie's content it holds. */
final class SiteChecks {
    private SiteChecks() {}

    static void assertEveryPageIsValidHtml(BakedSite site) throws Exception {
        HtmlValidator validator = HtmlValidator.get();
        List<String> problems = new ArrayList<>();
        for (Path page : site.htmlPages()) {
            validator.errors(page.toFile()).forEach(error -> problems.add(site.name(page) + " " + error));
            validator
                    .warnings()
                    .forEach(warning -> System.out.println("HTML warning " + site.name(page) + " " + warning));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A form page posts to the API as a plain HTML form, so it works without script; its scripts are files of the
     * site (no inline script but data blocks, no inline event handler), for a strict Content-Security-Policy.
     */
    static void assertFormPostsWithoutScript(Document page, Element form, String action, String... scripts) {
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo(action);
        assertThat(form.select("button[type=submit]")).hasSize(1);
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly(scripts);
        assertThat(page.select("script:not([src])").eachAttr("type"))
                .allMatch(type -> type.equals("application/json") || type.equals("application/ld+json"));
        assertThat(page.getAllElements().stream()
                        .flatMap(element -> element.attributes().asList().stream())
                        .filter(attribute -> attribute.getKey().startsWith("on")))
                .as("inline event handlers")
                .isEmpty();
    }

    /** Every href and src inside the site leads to a file; nothing is loaded from another host. */
    static void assertLinksResolveAndNothingLoadsFromElsewhere(BakedSite site) {
        List<String> problems = new ArrayList<>();
        for (Path file : site.htmlPages()) {
            Document page = site.page(file);
            for (Element element : page.select("[href], [src], [srcset], [action], [data], [poster]")) {
                for (String attribute : List.of("href", "src", "srcset", "action", "data", "poster")) {
                    if (!element.hasAttr(attribute)) {
                        continue;
                    }
                    String target = element.attr(attribute);
                    String where =
                            site.name(file) + " <" + element.tagName() + " " + attribute + "=\"" + target + "\">";
                    check(site, file, element, attribute, target, where, problems);
                }
            }
            for (Element style : page.select("[style], style")) {
                problems.add(site.name(file) + " inline style: " + style);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(
            BakedSite site,
            Path file,
            Element element,
            String attribute,
            String target,
            String where,
            List<String> problems) {
        boolean canonical =
                element.tagName().equals("link") && element.attr("rel").equals("canonical");
        if (target.startsWith("mailto:") || target.startsWith("tel:") || canonical) {
            return; // canonical addresses are checked by assertCanonicalAddresses
        }
        URI uri = URI.create(target.replace(" ", "%20"));
        boolean plainLink = element.tagName().equals("a") && attribute.equals("href");
        if (uri.isAbsolute() || target.startsWith("//")) {
            if (!plainLink) {
                problems.add(where + ": loads a resource from another host");
            } else if (!uri.getScheme().equals("https")) {
                problems.add(where + ": outbound link without https");
            }
            return;
        }
        if (attribute.equals("action")) {
            if (!target.startsWith("/api/")) {
                problems.add(where + ": a form posts outside the API");
            }
            return;
        }
        if (!target.startsWith("/") && !target.startsWith("#")) {
            problems.add(where + ": internal links are written from the root");
            return;
        }
        String path = uri.getPath();
        if (!path.isEmpty() && !Files.isRegularFile(site.file(path))) {
            problems.add(where + ": no such file");
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            Document targetPage = path.isEmpty() ? site.page(file) : site.page(site.file(path));
            if (targetPage.getElementById(fragment) == null) {
                problems.add(where + ": no element with id " + fragment);
            }
        }
    }

    /** One h1, a title, French, a skip link to the main content, a label for every control. */
    static void assertEveryPageIsWellFormed(BakedSite site) {
        List<String> problems = new ArrayList<>();
        for (Path file : site.htmlPages()) {
            Document page = site.page(file);
            String name = site.name(file);
            if (!page.select("html").attr("lang").equals("fr")) {
                problems.add(name + ": lang is not fr");
            }
            if (page.title().isBlank()) {
                problems.add(name + ": no title");
            }
            if (page.select("a.skip-link[href=#contenu]").size() != 1
                    || page.select("main#contenu").size() != 1) {
                problems.add(name + ": no skip link to main#contenu");
            }
            if (!site.isShell(file) && page.select("h1").size() != 1) {
                problems.add(name + ": " + page.select("h1").size() + " h1");
            }
            for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
                String id = control.id();
                if (id.isEmpty()
                        || page.select("label[for=" + cssEscape(id) + "]").isEmpty()) {
                    problems.add(name + ": control without label: " + control);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Each indexable page names its own absolute address; the 404 page and the API's shell name none. */
    static void assertCanonicalAddresses(BakedSite site, String baseUrl) {
        List<String> problems = new ArrayList<>();
        for (Path file : site.htmlPages()) {
            Document page = site.page(file);
            String name = site.name(file);
            String expected = baseUrl + name.replaceFirst("index\\.html$", "");
            List<String> canonical = page.select("link[rel=canonical]").eachAttr("href");
            boolean noindex = !page.select("meta[name=robots][content=noindex]").isEmpty();
            if (noindex ? !canonical.isEmpty() : !canonical.equals(List.of(expected))) {
                problems.add(name + ": canonical " + canonical + ", noindex " + noindex);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static String cssEscape(String id) {
        return "\"" + id + "\"";
    }
}
