package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.programme.event.EventRules;
import fr.conciergeriesolidaire.programme.event.FieldProblems;
import fr.conciergeriesolidaire.programme.event.Place;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.site.Problems;
import fr.conciergeriesolidaire.site.content.ContentFile;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Turns an event page (a Markdown file, or an item of the events table made into a page) into an {@link Event}:
 * the programme's {@link EventRules} check its fields, and each problem is reported at the header line of its key.
 */
public final class EventReader {
    private final SiteData data;
    private final EventRules rules;
    private final Problems problems;

    public EventReader(SiteData data, ZoneId zone, Problems problems) {
        this.data = data;
        this.rules = new EventRules(data, zone);
        this.problems = problems;
    }

    public Optional<Event> read(ContentFile page) {
        FieldProblems found = new FieldProblems();
        Optional<ProgrammeEvent> checked = rules.check(page.slug(), page.header(), page.body(), found);
        found.all()
                .forEach(problem -> problems.add(
                        problem.field() == null ? page.file() : page.at(problem.field()), problem.message()));
        return checked.map(event -> new Event(
                page,
                event,
                neighbourhood(event),
                Place.of(event, data),
                event.partner() == null ? null : partner(event.partner())));
    }

    private Neighbourhood neighbourhood(ProgrammeEvent event) {
        return data.neighbourhoods().stream()
                .filter(hood -> hood.id().equals(event.neighbourhood()))
                .findFirst()
                .orElseThrow();
    }

    private Partner partner(String id) {
        return data.partners().stream()
                .filter(partner -> partner.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
