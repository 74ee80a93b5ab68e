package fr.conciergeriesolidaire.site.bake;

import fr.conciergeriesolidaire.site.SiteSources;
import fr.conciergeriesolidaire.site.content.ContentFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A digest of everything an item page shows besides its own file: the settings (jbake.properties, the site's
 * address), the data files, the templates and messages, which pages exist (with their type), the list and other
 * non-item pages in full, and what puts an item page in a menu. Two builds with the same digest frame their item
 * pages identically (see {@link RenderedPages}).
 */
public final class SiteFrame {
    private static final List<String> MENU_KEYS = List.of("menu", "footerMenu", "menuTitle");

    private final MessageDigest digest;

    private SiteFrame() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException(absent);
        }
    }

    public static byte[] digest(SiteSources sources, String siteUrl, List<ContentFile> pages) {
        SiteFrame frame = new SiteFrame();
        frame.add(String.valueOf(siteUrl));
        frame.addFile(sources.theme().resolve("jbake.properties"));
        frame.addTree(sources.data());
        frame.addTree(sources.templates());
        pages.stream().sorted(Comparator.comparing(ContentFile::uri)).forEach(frame::addPage);
        return frame.digest.digest();
    }

    private void addPage(ContentFile page) {
        add(page.uri());
        add(page.type().headerValue());
        Map<String, String> shown = new TreeMap<>(page.header());
        if (page.type().isItem()) {
            // An item shows in other pages only through a menu: its title and menu keys, when it has one.
            if (MENU_KEYS.stream().noneMatch(page.header()::containsKey)) {
                return;
            }
            shown.keySet().retainAll(MENU_KEYS);
            shown.put("title", page.title());
        } else {
            add(page.body());
        }
        shown.forEach((key, value) -> add(key + "=" + value));
    }

    private void addTree(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                add(folder.relativize(file).toString());
                addFile(file);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private void addFile(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                add(Files.readAllBytes(file));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private void add(String text) {
        add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Each part with its length first, so that two different sequences of parts never digest alike. */
    private void add(byte[] part) {
        digest.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(part);
    }
}
