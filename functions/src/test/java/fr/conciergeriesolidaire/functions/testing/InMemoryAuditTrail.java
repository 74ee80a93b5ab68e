package fr.conciergeriesolidaire.functions.testing;

import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.audit.AuditTrail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The audit trail of the handler tests: every entry, in the order recorded. */
public final class InMemoryAuditTrail implements AuditTrail {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> latest(String subject, int limit) {
        return entries.stream()
                .filter(entry -> entry.subject().equals(subject))
                .sorted(Comparator.comparing(AuditEntry::at).reversed())
                .limit(limit)
                .toList();
    }

    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
