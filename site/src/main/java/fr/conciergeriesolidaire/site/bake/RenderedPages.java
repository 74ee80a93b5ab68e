package fr.conciergeriesolidaire.site.bake;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Item pages (events, partners, news: nine pages in ten) rendered by the previous build of a warm builder, kept
 * while nothing they show has changed, so that a rebuild after editing one page renders that page and the list
 * pages, not the thousand others. What an item page shows is its own file and, for an event, whether it is past
 * (its key), and the site's frame: data, templates, settings, the list pages and menus (the frame's digest, see
 * {@code SiteFrame}). Any change of the frame forgets every page; a page whose key changed is rendered again.
 * {@code WarmBuildTest} holds that a warm rebuild gives the same files as a fresh build after every kind of edit.
 */
public final class RenderedPages {
    private Generation last = new Generation(new byte[0], Map.of());

    synchronized Generation next(byte[] frame) {
        return new Generation(frame, Arrays.equals(frame, last.frame) ? last.pages : Map.of());
    }

    synchronized void keep(Generation generation) {
        last = generation;
    }

    /** A page as rendered, with the key it was rendered for. */
    private record Page(Object key, byte[] html) {}

    /** One build's pages: those of the previous build still valid, and those rendered now. Safe for many threads. */
    static final class Generation {
        private final byte[] frame;
        private final Map<String, Page> previous;
        private final Map<String, Page> pages = new ConcurrentHashMap<>();

        private Generation(byte[] frame, Map<String, Page> previous) {
            this.frame = frame;
            this.previous = previous;
        }

        /** The page rendered earlier for the same key, or null; kept for the next build either way. */
        byte[] reusable(String uri, Object key) {
            Page page = previous.get(uri);
            if (page == null || !Objects.equals(page.key(), key)) {
                return null;
            }
            pages.put(uri, page);
            return page.html();
        }

        void remember(String uri, Object key, byte[] html) {
            pages.put(uri, new Page(key, html));
        }
    }
}
