package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.EventRules;
import fr.conciergeriesolidaire.programme.event.FieldProblems;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Events of the programme as the team would write them, checked by the programme's own rules. */
final class TestEvents {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final EventRules RULES = new EventRules(PackagedSiteData.data(), PARIS);

    private TestEvents() {}

    /** A workshop in the Canal neighbourhood taking registrations, 14:00–16:00 local time on {@code day}. */
    static ProgrammeEvent workshop(String slug, String day, Integer capacity, Integer perRegistration) {
        Map<String, String> fields = new HashMap<>();
        fields.put(EventFields.REGISTRATION, "En ligne ou au comptoir");
        if (capacity != null) {
            fields.put(EventFields.CAPACITY, capacity.toString());
        }
        if (perRegistration != null) {
            fields.put(EventFields.PLACES_PER_REGISTRATION, perRegistration.toString());
        }
        return event(slug, day + "T14:00", day + "T16:00", fields);
    }

    /** An event with these fields besides its title, summary, neighbourhood (Canal) and times. */
    static ProgrammeEvent event(String slug, String start, String end, Map<String, String> more) {
        Map<String, String> fields = new HashMap<>(Map.of(
                EventFields.TITLE,
                "Atelier " + slug,
                EventFields.SUMMARY,
                "Un atelier pour les tests.",
                EventFields.NEIGHBOURHOOD,
                "canal",
                EventFields.START,
                start,
                EventFields.END,
                end));
        fields.putAll(more);
        FieldProblems problems = new FieldProblems();
        return RULES.check(slug, fields, "Description de l'atelier.\n", problems)
                .orElseThrow(() -> new AssertionError(problems.all()));
    }

    /** The same event with some fields changed (the team's edit). */
    static ProgrammeEvent changed(ProgrammeEvent event, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fr.conciergeriesolidaire.programme.event.EventText.fields(event));
        all.putAll(fields);
        all.values().removeIf(String::isEmpty);
        FieldProblems problems = new FieldProblems();
        return RULES.check(event.slug(), all, event.description(), problems)
                .orElseThrow(() -> new AssertionError(problems.all()));
    }
}
