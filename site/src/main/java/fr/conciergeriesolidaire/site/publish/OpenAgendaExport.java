package fr.conciergeriesolidaire.site.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.programme.event.Disability;
import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.site.SiteAddress;
import fr.conciergeriesolidaire.site.SiteContent;
import fr.conciergeriesolidaire.site.event.Event;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The programme in OpenAgenda's event format ({@code openagenda.json} beside the agenda page), so that a city's or a
 * network's agenda can import it: multilingual texts as {@code {"fr": …}}, one timing per event, the place, the
 * five accessibility flags OpenAgenda describes ({@code mi}, {@code hi}, {@code vi}, {@code pi}, {@code ii}) when
 * known, its numeric status, and the event page as a link. Written by Jackson, every event, earliest first.
 */
public final class OpenAgendaExport {
    public static final String FILE = "openagenda.json";

    /** OpenAgenda's status codes (2 rescheduled, 3 moved online: not used here, 4 postponed). */
    private static final Map<EventStatus, Integer> STATUS = Map.of(
            EventStatus.SCHEDULED, 1,
            EventStatus.RESCHEDULED, 2,
            EventStatus.POSTPONED, 4,
            EventStatus.FULL, 5,
            EventStatus.CANCELLED, 6);

    private static final Map<Disability, String> ACCESSIBILITY = Map.of(
            Disability.MOTOR, "mi",
            Disability.HEARING, "hi",
            Disability.VISUAL, "vi",
            Disability.PSYCHIC, "pi",
            Disability.INTELLECTUAL, "ii");

    /** In person only: OpenAgenda's attendance mode 1. */
    private static final int OFFLINE = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OpenAgendaExport() {}

    /** Writes the export beside the agenda page, when there is one; returns its path (or null). */
    public static String write(SiteFiles output, SiteContent content, SiteAddress address) {
        if (content.events().isEmpty()) {
            return null;
        }
        String path = content.calendarPath().replace("agenda.ics", FILE);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode events = root.putArray("events");
        content.events().forEach(event -> events.add(event(event, address)));
        try {
            output.put(path.substring(1), JSON.writeValueAsBytes(root));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return path;
    }

    static ObjectNode event(Event event, SiteAddress address) {
        ObjectNode node = JSON.createObjectNode();
        node.put("slug", event.id());
        node.putObject("title").put("fr", event.title());
        node.putObject("description").put("fr", event.description());
        node.putObject("longDescription").put("fr", event.details().description());
        if (event.registration() != null) {
            node.putObject("conditions").put("fr", event.registration());
        }
        node.putObject("keywords").putArray("fr").add(event.neighbourhood().name());
        ObjectNode timing = node.putArray("timings").addObject();
        timing.put("begin", event.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        timing.put("end", event.end().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ObjectNode location = node.putObject("location");
        location.put("name", event.place().name());
        location.put("address", event.place().address().oneLine());
        location.put("postalCode", event.place().address().postcode());
        location.put("city", event.place().address().city());
        location.put("countryCode", "FR");
        location.put("timezone", event.start().getZone().getId());
        ObjectNode accessibility = node.putObject("accessibility");
        event.knownAccess()
                .forEach(disability ->
                        accessibility.put(ACCESSIBILITY.get(disability), event.isAccessibleFor(disability)));
        node.put("status", STATUS.get(event.status()));
        node.put("attendanceMode", OFFLINE);
        node.putArray("links").addObject().put("link", address.absolute(event.path()));
        return node;
    }
}
