package fr.conciergeriesolidaire.functions.access;

import java.time.Instant;

/**
 * A member's session as stored (kind {@link TokenKind#SESSION} of the access tokens table).
 *
 * @param hash the keyed hash of the cookie's value, the item's key
 * @param csrfToken the token every form of this session carries (random, stored in clear: it is worth nothing
 *     without the cookie)
 * @param lastSeenAt the last request the authorizer saw (moved at most every few minutes, {@link SessionPolicy})
 * @param endsAt the absolute end, whatever the activity
 */
public record Session(
        String hash, String memberId, String csrfToken, Instant createdAt, Instant lastSeenAt, Instant endsAt) {}
