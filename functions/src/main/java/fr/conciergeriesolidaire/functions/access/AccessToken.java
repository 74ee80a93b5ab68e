package fr.conciergeriesolidaire.functions.access;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A stored link token (every kind but {@link TokenKind#SESSION}, see {@link Session}): its key, what it opens, who
 * or what it is bound to, and when it stops working.
 *
 * @param memberId the member it belongs to, for the kinds a member holds (sign-in); indexed, so that all of a
 *     member's tokens can be ended at once
 * @param boundTo the rest of what it is bound to, by name ({@code emailHash}, later {@code partnerId}, {@code
 *     order}...): never personal data in clear
 */
public record AccessToken(
        String hash,
        TokenKind kind,
        Optional<String> memberId,
        Map<String, String> boundTo,
        Instant createdAt,
        Instant expiresAt) {
    public AccessToken {
        if (kind == TokenKind.SESSION) {
            throw new IllegalArgumentException("A session is a Session");
        }
        boundTo = Map.copyOf(boundTo);
    }

    public boolean isLive(Instant now) {
        return now.isBefore(expiresAt);
    }
}
