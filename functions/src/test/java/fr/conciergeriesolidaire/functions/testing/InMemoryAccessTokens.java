package fr.conciergeriesolidaire.functions.testing;

import fr.conciergeriesolidaire.functions.access.AccessToken;
import fr.conciergeriesolidaire.functions.access.AccessTokens;
import fr.conciergeriesolidaire.functions.access.Session;
import fr.conciergeriesolidaire.functions.access.TokenKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens table in memory, for handler tests, with the same rules as DynamoDbAccessTokens (tested against
 * dynalite): expired tokens read as absent, a take is single use, a touch never brings back an ended session.
 */
public final class InMemoryAccessTokens implements AccessTokens {
    private final Map<String, AccessToken> links = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    @Override
    public void put(AccessToken token) {
        if (links.putIfAbsent(token.hash(), token) != null) {
            throw new IllegalStateException("token taken");
        }
        expiries.put(token.hash(), token.expiresAt());
    }

    @Override
    public synchronized boolean putIfAbsent(AccessToken token) {
        if (links.putIfAbsent(token.hash(), token) != null) {
            return false;
        }
        expiries.put(token.hash(), token.expiresAt());
        return true;
    }

    @Override
    public Optional<AccessToken> find(String hash, Instant now) {
        return Optional.ofNullable(links.get(hash)).filter(token -> live(hash, now));
    }

    @Override
    public synchronized Optional<AccessToken> take(String hash, TokenKind kind, Instant now) {
        Optional<AccessToken> token = find(hash, now).filter(found -> found.kind() == kind);
        token.ifPresent(found -> links.remove(hash));
        return token;
    }

    @Override
    public void putSession(Session session, Instant expiresAt) {
        sessions.put(session.hash(), session);
        expiries.put(session.hash(), expiresAt);
    }

    @Override
    public Optional<Session> findSession(String hash, Instant now) {
        return Optional.ofNullable(sessions.get(hash)).filter(session -> live(hash, now));
    }

    @Override
    public synchronized boolean touchSession(String hash, Instant lastSeenAt, Instant expiresAt) {
        Session session = sessions.get(hash);
        if (session == null) {
            return false;
        }
        sessions.put(
                hash,
                new Session(
                        hash,
                        session.memberId(),
                        session.csrfToken(),
                        session.createdAt(),
                        lastSeenAt,
                        session.endsAt()));
        expiries.put(hash, expiresAt);
        return true;
    }

    @Override
    public void delete(String hash) {
        links.remove(hash);
        sessions.remove(hash);
    }

    @Override
    public int deleteAllOf(String memberId) {
        List<String> hashes = new ArrayList<>();
        sessions.values().stream()
                .filter(session -> session.memberId().equals(memberId))
                .forEach(session -> hashes.add(session.hash()));
        links.values().stream()
                .filter(token -> token.memberId().filter(memberId::equals).isPresent())
                .forEach(token -> hashes.add(token.hash()));
        hashes.forEach(this::delete);
        return hashes.size();
    }

    public List<Session> sessions() {
        return List.copyOf(sessions.values());
    }

    public List<AccessToken> links() {
        return List.copyOf(links.values());
    }

    private boolean live(String hash, Instant now) {
        Instant expiry = expiries.get(hash);
        // As Expiry: whole seconds, expired from that second on.
        return expiry == null || expiry.getEpochSecond() > now.getEpochSecond();
    }
}
