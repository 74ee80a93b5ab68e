package fr.conciergeriesolidaire.functions.access;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a session lasts: it ends after {@code idle} without a request, or {@code lifetime} after sign-in
 * whatever happens. The authorizer records activity at most every {@code touchEvery} (one write per few minutes, not
 * one per request): a session may so end up to that much before its full idle time.
 */
public record SessionPolicy(Duration idle, Duration lifetime, Duration touchEvery) {
    /** 12 hours of inactivity, 7 days at most, activity recorded every 5 minutes. */
    public static SessionPolicy standard() {
        return new SessionPolicy(Duration.ofHours(12), Duration.ofDays(7), Duration.ofMinutes(5));
    }

    public boolean isLive(Session session, Instant now) {
        return now.isBefore(expiresAt(session.lastSeenAt(), session.endsAt()));
    }

    public boolean needsTouch(Session session, Instant now) {
        return !now.isBefore(session.lastSeenAt().plus(touchEvery));
    }

    /** When the session ends if nothing happens after {@code lastSeenAt}: also its TTL in the table. */
    public Instant expiresAt(Instant lastSeenAt, Instant endsAt) {
        Instant idleEnd = lastSeenAt.plus(idle);
        return idleEnd.isBefore(endsAt) ? idleEnd : endsAt;
    }
}
