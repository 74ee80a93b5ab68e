package fr.conciergeriesolidaire.site.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.site.SiteAddress;
import fr.conciergeriesolidaire.site.event.Event;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * schema.org JSON-LD written by Jackson, safe to embed in a {@code <script type="application/ld+json">} block:
 * "&lt;", "&gt;" and "&amp;" are escaped so that no text from the content can close the script element.
 * Exposed to the templates as {@code jsonLd}; its output is the only JSON they print unescaped.
 */
public final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private final SiteAddress address;
    private final Organisation organisation;
    private final Map<String, Object> organisationFile;

    /**
     * @param organisationFile organisation.yaml as read, for the fields the typed record leaves out
     */
    public JsonLd(SiteAddress address, Organisation organisation, Map<String, Object> organisationFile) {
        this.address = address;
        this.organisation = organisation;
        this.organisationFile = organisationFile;
    }

    /** The Organization on the home page. */
    public String organisation() {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://schema.org");
        node.setAll(organisationNode());
        node.put("email", organisation.contact().email());
        node.put("telephone", organisation.contact().phone());
        node.set("address", postalAddress(organisation.contact().address()));
        if (organisationFile.get("tagline") instanceof String tagline) {
            node.put("description", tagline);
        }
        if (organisationFile.get("founded") != null) {
            node.put("foundingDate", organisationFile.get("founded").toString());
        }
        return write(node);
    }

    /** An Event, with its status, place, organizer and dates carrying their offsets. */
    public String event(Event event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", "Event");
        node.put("name", event.title());
        node.put("description", event.description());
        node.put("url", address.absolute(event.path()));
        node.put("inLanguage", "fr");
        node.put("startDate", event.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        node.put("endDate", event.end().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        event.formerStart()
                .ifPresent(previous ->
                        node.put("previousStartDate", previous.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        node.put("eventStatus", event.status().schemaOrgUrl());
        node.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        ObjectNode place = node.putObject("location");
        place.put("@type", "Place");
        place.put("name", event.place().name());
        place.set("address", postalAddress(event.place().address()));
        node.set("organizer", organisationNode());
        if (event.capacity() != null) {
            node.put("maximumAttendeeCapacity", event.capacity());
            if (event.status() == EventStatus.FULL) {
                node.put("remainingAttendeeCapacity", 0);
            }
        }
        if (event.registration() != null && event.status().takesPlace()) {
            // Places to register for: still some, or none (the site is published again when that changes).
            ObjectNode offer = node.putObject("offers");
            offer.put("@type", "Offer");
            offer.put("url", address.absolute(event.path()) + "#inscription");
            offer.put(
                    "availability",
                    "https://schema.org/" + (event.status() == EventStatus.FULL ? "SoldOut" : "InStock"));
        }
        return write(node);
    }

    private ObjectNode organisationNode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", "Organization");
        node.put("name", organisation.name());
        node.put("url", address.absolute("/"));
        return node;
    }

    private static ObjectNode postalAddress(Address postal) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", "PostalAddress");
        node.put("streetAddress", postal.street());
        node.put("postalCode", postal.postcode());
        node.put("addressLocality", postal.city());
        node.put("addressCountry", "FR");
        return node;
    }

    /** Any value as JSON safe to embed in HTML (the order form's data block). */
    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Escapes the characters that could end a script element or start markup, as \\u003C and so on. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
