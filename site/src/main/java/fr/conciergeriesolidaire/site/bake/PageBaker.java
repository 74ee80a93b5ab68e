package fr.conciergeriesolidaire.site.bake;

import fr.conciergeriesolidaire.site.Problems;
import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.publish.SiteFiles;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The pages of the site: each content file rendered by its template, plus the assets, put into the build's files.
 * Built from JBake's parts (its configuration, its page model and Markdown options, its choice of assets) rather
 * than through its {@code Oven}. Measured on 1,000 pages (BENCHMARKS.md), the oven cost far more than the pages:
 * it keeps every document in an OrientDB database (about 2.5 s to start, hashing default passwords), reloads all
 * documents of a type for each document to find its neighbours (unused here; grows with the square of the page
 * count), builds a new Markdown parser for every page and reads its configuration, through Commons Configuration,
 * for every line of every file. The headers are read once, strictly, by
 * {@link fr.conciergeriesolidaire.site.content.ContentReader}, and the templates get everything else from the
 * site's own models, so no store is needed at all.
 */
public final class PageBaker {
    private final SiteSources sources;
    private final Templates templates;
    private final TimeZone timeZone;
    private final MarkdownPages markdown;
    private final RenderedPages rendered;

    /**
     * @param templates the parsed templates, given the site's models ({@link Templates#withVariables(Map)})
     * @param markdown the Markdown already converted by earlier builds of the same builder
     * @param rendered the item pages rendered by earlier builds of the same builder
     */
    public PageBaker(
            SiteSources sources,
            Templates templates,
            TimeZone timeZone,
            MarkdownPages markdown,
            RenderedPages rendered) {
        this.sources = sources;
        this.templates = templates;
        this.timeZone = timeZone;
        this.markdown = markdown;
        this.rendered = rendered;
    }

    /**
     * Puts one page per content file, then the assets; every failure becomes a problem naming its file.
     *
     * @return how many pages were rendered (the others were item pages kept from the previous build)
     * @param frame the {@link SiteFrame} digest of this build
     * @param itemKey what an item page shows of itself (its file, and for an event whether it is past)
     */
    public int bake(
            List<ContentFile> pages,
            byte[] frame,
            Function<ContentFile, Object> itemKey,
            SiteFiles files,
            Problems problems) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(
                        sources.theme().toFile(), sources.output().toFile(), true);
        config.setContentFolder(sources.content().toFile());
        MarkdownPages.Generation html = markdown.next(config.getMarkdownExtensions());
        RenderedPages.Generation items = rendered.next(frame);
        PageRenderer renderer = new PageRenderer(templates, timeZone);
        LongAdder renderedNow = new LongAdder();
        // Pages are independent: rendered on every core, their failures reported in page order.
        List<Optional<String>> failures = pages.parallelStream()
                .map(page -> {
                    try {
                        Object key = page.type().isItem() ? itemKey.apply(page) : null;
                        byte[] pageHtml = key == null ? null : items.reusable(page.uri(), key);
                        if (pageHtml != null) {
                            html.carryOver(page.body());
                        } else {
                            pageHtml = renderer.render(page, html.toHtml(page.body()))
                                    .getBytes(StandardCharsets.UTF_8);
                            renderedNow.increment();
                            if (key != null) {
                                items.remember(page.uri(), key, pageHtml);
                            }
                        }
                        files.put(page.uri(), pageHtml);
                        return Optional.<String>empty();
                    } catch (IOException | TemplateException | RuntimeException failure) {
                        return Optional.of(String.valueOf(failure.getMessage()));
                    }
                })
                .toList();
        for (int i = 0; i < pages.size(); i++) {
            String file = pages.get(i).file();
            failures.get(i).ifPresent(message -> problems.add(file, message));
        }
        markdown.keep(html);
        rendered.keep(items);
        new SiteAssets(config).putAll(files);
        return renderedNow.intValue();
    }
}
