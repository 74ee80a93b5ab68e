package fr.conciergeriesolidaire.functions.order;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The partners' lines in memory, keyed as in DynamoDbPartnerLines (tested against dynalite): one per partner and order. */
public final class InMemoryPartnerLines implements PartnerLines {
    private final Map<String, PartnerLine> lines = new ConcurrentHashMap<>();

    @Override
    public void record(PartnerLine line) {
        lines.put(line.partnerId() + "#" + line.reference(), line);
    }

    @Override
    public List<PartnerLine> of(String partnerId, Instant from, Instant to) {
        return lines.values().stream()
                .filter(line -> line.partnerId().equals(partnerId)
                        && !line.slotStart().isBefore(from)
                        && line.slotStart().isBefore(to))
                .sorted(Comparator.comparing(PartnerLine::slotStart))
                .toList();
    }

    @Override
    public void forget(String partnerId, Instant slotStart, String reference) {
        lines.remove(partnerId + "#" + reference);
    }

    public List<PartnerLine> all() {
        return List.copyOf(lines.values());
    }
}
