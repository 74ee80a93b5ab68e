package fr.conciergeriesolidaire.programme.table;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.programme.event.Disability;
import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one owner of the events table's attribute names: an event to its item and back. Times are stored as UTC
 * ISO-8601 instants (they sort as text, so the indexes can range over them) and read back in the site's zone.
 *
 * <p>Item: {@code slug} (key), {@code title}, {@code summary}, {@code description} (Markdown), {@code neighbourhood},
 * {@code startsAt}, {@code endsAt}, {@code status}, {@code statusNote}?, {@code previousStartsAt}?, {@code place}? (map: {@code name},
 * and {@code street}, {@code postcode}, {@code city} unless at the counter's address), {@code partner}?,
 * {@code registration}?, {@code capacity}? (N), {@code placesPerRegistration}? (N), {@code access} (map of
 * {@code motor}, {@code hearing}, {@code visual}, {@code psychic}, {@code intellectual} to BOOL, known ones only),
 * {@code accessNote}?, {@code sequence} (N), {@code version} (N), {@code updatedAt}, and {@code listing}, the
 * constant partition of the {@value #UPCOMING_INDEX} index.
 */
public final class EventItemMapper {
    public static final String KEY = "slug";
    /** Events of one neighbourhood by start: {@code neighbourhood} = id, {@code startsAt} ranged. */
    public static final String NEIGHBOURHOOD_INDEX = "by-neighbourhood";
    /** Every listed event by start: {@code listing} = {@value #LISTED}, {@code startsAt} ranged (upcoming ones). */
    public static final String UPCOMING_INDEX = "by-start";

    static final String NEIGHBOURHOOD = "neighbourhood";
    static final String STARTS_AT = "startsAt";
    static final String LISTING = "listing";
    static final String LISTED = "programme";
    static final String VERSION = "version";

    private static final String TITLE = "title";
    private static final String SUMMARY = "summary";
    private static final String DESCRIPTION = "description";
    private static final String ENDS_AT = "endsAt";
    private static final String STATUS = "status";
    private static final String STATUS_NOTE = "statusNote";
    private static final String PREVIOUS_STARTS_AT = "previousStartsAt";
    private static final String PLACE = "place";
    private static final String PLACE_NAME = "name";
    private static final String STREET = "street";
    private static final String POSTCODE = "postcode";
    private static final String CITY = "city";
    private static final String PARTNER = "partner";
    private static final String REGISTRATION = "registration";
    private static final String CAPACITY = "capacity";
    private static final String PLACES_PER_REGISTRATION = "placesPerRegistration";
    private static final String ACCESS = "access";
    private static final String ACCESS_NOTE = "accessNote";
    private static final String SEQUENCE = "sequence";
    private static final String UPDATED_AT = "updatedAt";

    private final ZoneId zone;

    /** @param zone the site's zone (organisation.yaml), in which times are read back */
    public EventItemMapper(ZoneId zone) {
        this.zone = zone;
    }

    public Map<String, AttributeValue> toItem(ProgrammeEvent event, long version, Instant updatedAt) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KEY, text(event.slug()));
        item.put(TITLE, text(event.title()));
        item.put(SUMMARY, text(event.summary()));
        item.put(DESCRIPTION, text(event.description()));
        item.put(NEIGHBOURHOOD, text(event.neighbourhood()));
        item.put(STARTS_AT, instant(event.start()));
        item.put(ENDS_AT, instant(event.end()));
        item.put(STATUS, text(event.status().headerValue()));
        putText(item, STATUS_NOTE, event.statusNote());
        if (event.previousStart() != null) {
            item.put(PREVIOUS_STARTS_AT, instant(event.previousStart()));
        }
        event.place().ifPresent(place -> item.put(PLACE, AttributeValue.fromM(place(place))));
        putText(item, PARTNER, event.partner());
        putText(item, REGISTRATION, event.registration());
        putNumber(item, CAPACITY, event.capacity());
        putNumber(item, PLACES_PER_REGISTRATION, event.placesPerRegistration());
        Map<String, AttributeValue> access = new HashMap<>();
        event.access()
                .forEach((disability, accessible) ->
                        access.put(accessKey(disability), AttributeValue.fromBool(accessible)));
        item.put(ACCESS, AttributeValue.fromM(access));
        putText(item, ACCESS_NOTE, event.accessNote());
        item.put(SEQUENCE, number(event.sequence()));
        item.put(VERSION, number(version));
        item.put(UPDATED_AT, text(updatedAt.toString()));
        item.put(LISTING, text(LISTED));
        return item;
    }

    public StoredEvent fromItem(Map<String, AttributeValue> item) {
        Map<Disability, Boolean> access = new EnumMap<>(Disability.class);
        Map<String, AttributeValue> stored =
                item.containsKey(ACCESS) ? item.get(ACCESS).m() : Map.of();
        for (Disability disability : Disability.values()) {
            AttributeValue value = stored.get(accessKey(disability));
            if (value != null) {
                access.put(disability, value.bool());
            }
        }
        ProgrammeEvent event = new ProgrammeEvent(
                item.get(KEY).s(),
                item.get(TITLE).s(),
                item.get(SUMMARY).s(),
                item.get(DESCRIPTION).s(),
                item.get(NEIGHBOURHOOD).s(),
                zoned(item.get(STARTS_AT)),
                zoned(item.get(ENDS_AT)),
                EventStatus.fromHeader(item.get(STATUS).s())
                        .orElseThrow(() -> new IllegalStateException(
                                "Unknown status in " + item.get(KEY).s())),
                textOrNull(item, STATUS_NOTE),
                item.containsKey(PREVIOUS_STARTS_AT) ? zoned(item.get(PREVIOUS_STARTS_AT)) : null,
                item.containsKey(PLACE) ? place(item.get(PLACE).m()) : null,
                textOrNull(item, PARTNER),
                textOrNull(item, REGISTRATION),
                numberOrNull(item, CAPACITY),
                numberOrNull(item, PLACES_PER_REGISTRATION),
                access,
                textOrNull(item, ACCESS_NOTE),
                Integer.parseInt(item.get(SEQUENCE).n()));
        return new StoredEvent(
                event,
                Long.parseLong(item.get(VERSION).n()),
                Instant.parse(item.get(UPDATED_AT).s()));
    }

    private static Map<String, AttributeValue> place(ProgrammeEvent.CustomPlace place) {
        Map<String, AttributeValue> map = new HashMap<>();
        map.put(PLACE_NAME, text(place.name()));
        if (place.address() != null) {
            map.put(STREET, text(place.address().street()));
            map.put(POSTCODE, text(place.address().postcode()));
            map.put(CITY, text(place.address().city()));
        }
        return map;
    }

    private static ProgrammeEvent.CustomPlace place(Map<String, AttributeValue> map) {
        Address address = map.containsKey(STREET)
                ? new Address(
                        map.get(STREET).s(),
                        map.get(POSTCODE).s(),
                        map.get(CITY).s())
                : null;
        return new ProgrammeEvent.CustomPlace(map.get(PLACE_NAME).s(), address);
    }

    private static String accessKey(Disability disability) {
        return disability.name().toLowerCase(Locale.ROOT);
    }

    static AttributeValue instant(ZonedDateTime time) {
        return text(time.toInstant().toString());
    }

    private ZonedDateTime zoned(AttributeValue value) {
        return Instant.parse(value.s()).atZone(zone);
    }

    private static AttributeValue text(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static void putText(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, text(value));
        }
    }

    private static void putNumber(Map<String, AttributeValue> item, String name, Integer value) {
        if (value != null) {
            item.put(name, number(value));
        }
    }

    private static String textOrNull(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static Integer numberOrNull(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : Integer.valueOf(value.n());
    }
}
