package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.programme.event.EventRules;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The identifier of a new event, as the seed's Markdown events are named: its day, its title and its neighbourhood
 * ({@code 2026-11-05-reunion-des-habitants-tilleuls}), so that two workshops of the same name on other days or in
 * other neighbourhoods never meet. It is the event's address ({@code /agenda/<slug>/}) and its calendar UID, so it never
 * changes afterwards, not even with the date. When it is taken, {@code -2}, {@code -3}... follow.
 */
final class EventSlugs {
    private EventSlugs() {}

    /** The {@code attempt}-th candidate (0 for the first), within the rules' length. */
    static String candidate(ProgrammeEvent event, int attempt) {
        String day = event.start().toLocalDate().toString();
        String suffix = "-" + event.neighbourhood() + (attempt == 0 ? "" : "-" + (attempt + 1));
        String title = words(event.title());
        int room = EventRules.MAX_SLUG - day.length() - suffix.length() - 1;
        if (title.length() > room) {
            title = title.substring(0, room).replaceAll("-+$", "");
        }
        return day + (title.isEmpty() ? "" : "-" + title) + suffix;
    }

    /** Lower-case letters and digits of the title, accents removed, words joined by dashes. */
    private static String words(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
