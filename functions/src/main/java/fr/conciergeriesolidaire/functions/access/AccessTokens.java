package fr.conciergeriesolidaire.functions.access;

import java.time.Instant;
import java.util.Optional;

/**
 * The one table of secret tokens (template.yaml, AccessTokensTable): links and sessions, each under the keyed hash
 * of its value. Every read treats an expired token as absent (DynamoDB's TTL deletes it days later); every change is
 * one conditional write. Implemented on DynamoDB in {@code aws.DynamoDbAccessTokens}, in memory by the tests.
 */
public interface AccessTokens {
    /** Stores a new link token. */
    void put(AccessToken token);

    /**
     * Stores a link token unless one with its key is stored already (a derived token given out again): false then,
     * and the stored one is left as it is.
     */
    boolean putIfAbsent(AccessToken token);

    /** The live link token of that key, if any. */
    Optional<AccessToken> find(String hash, Instant now);

    /**
     * Uses a single-use token: removes it if it is live and of that kind, and returns it. Of concurrent takers, one
     * gets it; the others, and any later one, get nothing.
     */
    Optional<AccessToken> take(String hash, TokenKind kind, Instant now);

    /** Stores a new session, stored until {@code expiresAt} unless touched. */
    void putSession(Session session, Instant expiresAt);

    /** The session of that key, if it is stored and not past its expiry. */
    Optional<Session> findSession(String hash, Instant now);

    /** Records activity on a session still stored; false when it was ended meanwhile (it stays ended). */
    boolean touchSession(String hash, Instant lastSeenAt, Instant expiresAt);

    /** Removes a token or session, if it is there. */
    void delete(String hash);

    /** Removes every token bound to that member (sessions, sign-in links); returns how many. */
    int deleteAllOf(String memberId);
}
