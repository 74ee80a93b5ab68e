package fr.conciergeriesolidaire.site.bake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown bodies turned into HTML, remembered from one build to the next of the same builder, so that a warm
 * rebuild converts only the bodies that changed (Markdown was a third of a warm rebuild). Keyed by the Markdown text
 * itself, so an edited body can never get stale HTML; only the bodies of the last build's pages are kept (those of
 * reused item pages included), and everything is forgotten when {@code markdown.extensions} changes.
 */
public final class MarkdownPages {
    private Generation last = new Generation(null, null, Map.of());

    /** The converter of one build; call {@link #keep(Generation)} with it once the build is done. */
    synchronized Generation next(List<String> extensions) {
        if (!extensions.equals(last.extensions)) {
            return new Generation(extensions, new Markdown(extensions), Map.of());
        }
        return new Generation(extensions, last.markdown, last.html);
    }

    synchronized void keep(Generation generation) {
        last = generation;
    }

    /** One build's conversions: reuses the previous build's HTML for unchanged bodies. Safe for many threads. */
    static final class Generation {
        private final List<String> extensions;
        private final Markdown markdown;
        private final Map<String, String> previous;
        private final Map<String, String> html = new ConcurrentHashMap<>();

        private Generation(List<String> extensions, Markdown markdown, Map<String, String> previous) {
            this.extensions = extensions;
            this.markdown = markdown;
            this.previous = previous;
        }

        /**
         * Keeps the previous build's HTML of {@code body} for the next build without converting it: the body of an
         * item page reused whole is not converted now, but the next build may have to render the page again (after a
         * data or template edit) and should not convert it then either.
         */
        void carryOver(String body) {
            String converted = previous.get(body);
            if (converted != null) {
                html.putIfAbsent(body, converted);
            }
        }

        String toHtml(String body) {
            String converted = html.get(body);
            if (converted == null) {
                converted = previous.get(body);
                if (converted == null) {
                    converted = markdown.toHtml(body);
                }
                html.put(body, converted);
            }
            return converted;
        }
    }
}
