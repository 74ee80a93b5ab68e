package fr.conciergeriesolidaire.site.publish;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * iCalendar files written by the previous build of a warm builder, kept by what they are made of, so that a rebuild
 * after an edit that changes no event (a price, a template, a news post) writes the 711 calendar files of a
 * 1,000-page site without building, validating and folding them again (a fifth of such a rebuild's CPU). A calendar
 * is a pure function of its {@link Key}: the same key gives the same text, so a file can never be stale. Only the
 * calendars of the last build are kept.
 */
public final class CalendarTexts {
    private Map<Key, String> last = Map.of();

    /** Everything a VEVENT is written from. */
    record EventFields(
            String uid,
            Instant stamp,
            Instant start,
            Instant end,
            String summary,
            String status,
            int sequence,
            String location,
            String description,
            String url) {}

    /** Everything a calendar file is written from: its producer, its name and its events, in order. */
    record Key(String producer, String name, List<EventFields> events) {}

    synchronized Map<Key, String> previous() {
        return last;
    }

    synchronized void keep(Map<Key, String> written) {
        last = Map.copyOf(written);
    }
}
