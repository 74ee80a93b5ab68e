package fr.conciergeriesolidaire.site.bake;

import fr.conciergeriesolidaire.site.Problems;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.content.PageType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.jbake.app.Asset;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * The JBake part of the build: content files to HTML pages with JBake's renderer (and so its template engine API)
 * and asset copier, driven page by page rather than through JBake's {@code Oven}. Measured on 1,000 pages (see
 * BENCHMARKS.md), the oven's parts cost far more than the pages: it keeps every document in an OrientDB database
 * (about 2.5 s to start, hashing default passwords), reloads all documents of a type for each document to find its
 * neighbours (unused here; grows with the square of the page count), builds a new Markdown parser for every page and
 * reads its configuration, through Commons Configuration, for every line of every file. The pages' headers are
 * read once, strictly, by {@link fr.conciergeriesolidaire.site.content.ContentReader}, and the templates get
 * everything else from the site's own models, so no store is needed at all.
 */
public final class PageBaker {
    private final SiteSources sources;
    private final Templates templates;
    private final Map<String, Object> templateVariables;
    private final TimeZone timeZone;
    private final MarkdownPages markdown;

    /**
     * @param templateVariables what the templates see beside {@code content} ({@code site}, {@code fmt}…)
     * @param markdown the Markdown already converted by earlier builds of the same builder
     */
    public PageBaker(
            SiteSources sources,
            Templates templates,
            Map<String, Object> templateVariables,
            TimeZone timeZone,
            MarkdownPages markdown) {
        this.sources = sources;
        this.templates = templates;
        this.templateVariables = Map.copyOf(templateVariables);
        this.timeZone = timeZone;
        this.markdown = markdown;
    }

    /** Writes one page per content file, then the assets; every failure becomes a problem naming its file. */
    public void bake(List<ContentFile> pages, Problems problems) {
        DefaultJBakeConfiguration config = configuration();
        MarkdownPages.Generation html = markdown.next(config.getMarkdownExtensions());
        Renderer renderer =
                new Renderer(null, config, new SiteTemplateEngine(config, templates, templateVariables, timeZone));
        // Pages are independent: rendered on every core, their failures reported in page order.
        List<Optional<String>> failures = pages.parallelStream()
                .map(page -> {
                    try {
                        renderer.render(document(page, html.toHtml(page.body())));
                        return Optional.<String>empty();
                    } catch (Exception failure) {
                        return Optional.of(failure.getMessage());
                    }
                })
                .toList();
        for (int i = 0; i < pages.size(); i++) {
            String file = pages.get(i).file();
            failures.get(i).ifPresent(message -> problems.add(file, message));
        }
        markdown.keep(html);
        Asset assets = new Asset(config);
        assets.copy();
        assets.copyAssetsFromContent(config.getContentFolder());
        assets.getErrors().forEach(error -> problems.add("assets/", error.getMessage()));
    }

    /** The page as JBake's parser would give it to the templates ({@code content}): header values, body, uri. */
    private static DocumentModel document(ContentFile page, String html) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.putAll(page.header());
        document.setType(page.type().headerValue());
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setUri(page.uri());
        document.setSourceUri(page.uri());
        document.setBody(html);
        return document;
    }

    /** jbake.properties of the site folder, plus what the code owns: folders and one template per page type. */
    private DefaultJBakeConfiguration configuration() {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(
                        sources.theme().toFile(), sources.output().toFile(), true);
        config.setContentFolder(sources.content().toFile());
        for (PageType type : PageType.values()) {
            config.setProperty("template." + type.headerValue() + ".file", type.template());
        }
        return config;
    }
}
