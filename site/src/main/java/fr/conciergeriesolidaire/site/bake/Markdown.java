package fr.conciergeriesolidaire.site.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.List;

/**
 * Markdown to HTML as JBake's {@code MarkdownEngine} does it (flexmark with the pegdown options named by
 * {@code markdown.extensions}, so the same HTML), but with the parser and renderer built once: JBake builds both,
 * options included, for every page. Flexmark's parser and renderer keep no state between documents, so one
 * instance serves every rendering thread.
 */
final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    Markdown(List<String> markdownExtensions) {
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(pegdownFlags(markdownExtensions));
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** As JBake reads {@code markdown.extensions}: names of PegdownExtensions constants, "-NAME" removes one. */
    private static int pegdownFlags(List<String> names) {
        int flags = PegdownExtensions.NONE;
        for (String name : names) {
            if (name.startsWith("-")) {
                flags &= ~flag(name.substring(1));
            } else {
                flags |= flag(name.startsWith("+") ? name.substring(1) : name);
            }
        }
        return flags;
    }

    private static int flag(String name) {
        try {
            return PegdownExtensions.class.getField(name).getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException unknown) {
            throw new IllegalArgumentException("markdown.extensions : extension inconnue " + name, unknown);
        }
    }
}
