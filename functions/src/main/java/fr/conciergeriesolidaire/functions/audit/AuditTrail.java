package fr.conciergeriesolidaire.functions.audit;

import java.util.List;

/** Where the team's actions are written down, subject by subject, and expire (policies.yaml retention.audit). */
public interface AuditTrail {
    /** Adds the entry; entries are never changed afterwards. */
    void record(AuditEntry entry);

    /** The latest entries of that subject, newest first, at most {@code limit}. */
    List<AuditEntry> latest(String subject, int limit);
}
