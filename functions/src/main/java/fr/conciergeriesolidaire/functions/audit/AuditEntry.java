package fr.conciergeriesolidaire.functions.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One action of the team that is not a record's own change (records keep their trail on themselves): an export, a
 * member added or removed, an erasure done for a resident. It says who did what and when, never the data itself: the
 * {@code detail} is wording the caller builds from names of things (a role, a month, a kind of record), not from what
 * a resident typed.
 *
 * @param subject what the entry is about, listed together: {@code member:<id>}, {@code exports}, {@code erasures}
 * @param memberId the member who acted
 * @param memberName their name when they acted (staff data, kept with the entry for accountability)
 * @param action a wording key under {@code audit.} naming what was done
 * @param detail what the action touched, without personal data of anyone but the team; may be empty
 */
public record AuditEntry(String subject, Instant at, String memberId, String memberName, String action, String detail) {
    public AuditEntry {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(at);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(action);
        Objects.requireNonNull(detail);
    }
}
