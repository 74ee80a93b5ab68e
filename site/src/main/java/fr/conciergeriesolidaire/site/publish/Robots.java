package fr.conciergeriesolidaire.site.publish;

import fr.conciergeriesolidaire.site.SiteAddress;

/** robots.txt: points to the sitemap; keeps crawlers off the API, and off the whole site while it is a demo. */
public final class Robots {
    private Robots() {}

    public static void write(SiteFiles output, SiteAddress address, boolean demo) {
        String rules = demo
                ? "# Site de démonstration aux données fictives : à ne pas indexer.\nDisallow: /\n"
                : "Disallow: /api/\nDisallow: /_shell/\n";
        String text = "User-agent: *\n" + rules + "\nSitemap: " + address.absolute("/" + Sitemap.FILE) + "\n";
        output.put("robots.txt", text);
    }
}
