package fr.conciergeriesolidaire.site.publish;

import fr.conciergeriesolidaire.site.SiteAddress;
import fr.conciergeriesolidaire.site.SiteContent;
import fr.conciergeriesolidaire.site.content.ContentFile;

/** sitemap.xml: the canonical address of every indexable page (not the 404 page nor the API's shell). */
public final class Sitemap {
    public static final String FILE = "sitemap.xml";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {}

    public static void write(SiteFiles output, SiteContent content, SiteAddress address) {
        output.put(FILE, XmlFile.bytes(xml -> {
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (ContentFile page : content.pages()) {
                if (page.type().isIndexable()) {
                    xml.writeStartElement("url");
                    XmlFile.element(xml, "loc", address.absolute(page.path()));
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        }));
    }
}
