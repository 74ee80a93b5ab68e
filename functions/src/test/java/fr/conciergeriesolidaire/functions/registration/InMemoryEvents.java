package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The programme's events for handler tests: those the test put, by slug. */
final class InMemoryEvents implements Events {
    private final Map<String, StoredEvent> events = new ConcurrentHashMap<>();

    InMemoryEvents with(ProgrammeEvent event) {
        events.put(event.slug(), new StoredEvent(event, 1, Instant.EPOCH));
        return this;
    }

    @Override
    public Optional<StoredEvent> find(String slug) {
        return Optional.ofNullable(events.get(slug));
    }

    @Override
    public List<StoredEvent> startingFrom(Instant from) {
        return events.values().stream()
                .filter(stored -> !stored.event().start().toInstant().isBefore(from))
                .sorted(Comparator.comparing(stored -> stored.event().start()))
                .toList();
    }
}
