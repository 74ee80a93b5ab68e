package fr.conciergeriesolidaire.site.publish;

import fr.conciergeriesolidaire.site.SiteAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** robots.txt: points to the sitemap; keeps crawlers off the API, and off the whole site while it is a demo. */
public final class Robots {
    private Robots() {}

    public static void write(Path output, SiteAddress address, boolean demo) {
        String rules = demo
                ? "# Site de démonstration aux données fictives : à ne pas indexer.\nDisallow: /\n"
                : "Disallow: /api/\nDisallow: /_shell/\n";
        String text = "User-agent: *\n" + rules + "\nSitemap: " + address.absolute("/" + Sitemap.FILE) + "\n";
        try {
            Files.writeString(output.resolve("robots.txt"), text, StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Cannot write robots.txt", unwritable);
        }
    }
}
