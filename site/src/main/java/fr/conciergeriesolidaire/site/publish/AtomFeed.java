package fr.conciergeriesolidaire.site.publish;

import fr.conciergeriesolidaire.site.SiteAddress;
import fr.conciergeriesolidaire.site.SiteContent;
import fr.conciergeriesolidaire.site.news.NewsPost;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The Atom feed (RFC 4287) of the news, beside the news page. */
public final class AtomFeed {
    private static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private final SiteContent content;
    private final SiteAddress address;
    private final ZoneId zone;

    public AtomFeed(SiteContent content, SiteAddress address, ZoneId zone) {
        this.content = content;
        this.address = address;
        this.zone = zone;
    }

    /** Writes the feed when there is news, and returns its path relative to the site root (empty otherwise). */
    public String write(SiteFiles output, String title, String author) {
        if (content.posts().isEmpty()) {
            return "";
        }
        String feedPath = content.feedPath();
        String newsPath = feedPath.substring(0, feedPath.lastIndexOf('/') + 1);
        output.put(feedPath.substring(1), XmlFile.bytes(xml -> {
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("xml:lang", "fr");
            XmlFile.element(xml, "id", address.absolute(feedPath));
            XmlFile.element(xml, "title", title);
            XmlFile.element(xml, "updated", timestamp(content.posts().get(0).date()));
            link(xml, "self", address.absolute(feedPath), "application/atom+xml");
            link(xml, "alternate", address.absolute(newsPath), "text/html");
            xml.writeStartElement("author");
            XmlFile.element(xml, "name", author);
            xml.writeEndElement();
            for (NewsPost post : content.posts()) {
                xml.writeStartElement("entry");
                XmlFile.element(xml, "id", address.absolute(post.path()));
                XmlFile.element(xml, "title", post.title());
                XmlFile.element(xml, "updated", timestamp(post.date()));
                XmlFile.element(xml, "published", timestamp(post.date()));
                link(xml, "alternate", address.absolute(post.path()), "text/html");
                XmlFile.element(xml, "summary", post.description());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }));
        return feedPath;
    }

    /** News carry a day; Atom wants an instant: noon, local time, with its offset. */
    private String timestamp(LocalDate date) {
        return date.atTime(LocalTime.NOON).atZone(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
