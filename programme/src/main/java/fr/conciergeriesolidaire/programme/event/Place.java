package fr.conciergeriesolidaire.programme.event;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.CounterKind;
import fr.conciergeriesolidaire.catalog.SiteData;

/** Where an event takes place: by default, its neighbourhood's counter. */
public record Place(String name, Address address) {
    /** The event's place, resolved against the data ({@link EventRules} checked that it can be). */
    public static Place of(ProgrammeEvent event, SiteData data) {
        ProgrammeEvent.CustomPlace custom = event.customPlace();
        if (custom != null && custom.address() != null) {
            return new Place(custom.name(), custom.address());
        }
        Counter counter = data.counters().stream()
                .filter(candidate -> candidate.kind() == CounterKind.NEIGHBOURHOOD)
                .filter(candidate -> event.neighbourhood().equals(candidate.neighbourhood()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No counter in " + event.neighbourhood()));
        return new Place(custom == null ? counter.name() : custom.name(), counter.address());
    }
}
