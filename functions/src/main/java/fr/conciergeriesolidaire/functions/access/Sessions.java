package fr.conciergeriesolidaire.functions.access;

import java.time.Instant;
import java.util.Optional;

/**
 * The life of a member's session: opened at each sign-in with a new random token (never one the browser brought:
 * no fixation), checked on each request by the authorizer (idle and absolute ends, activity recorded), ended on
 * sign-out, or all at once for a member. Whether the member may still sign in is the caller's business.
 */
public final class Sessions {
    private final AccessTokens tokens;
    private final SecretTokens secrets;
    private final SessionPolicy policy;

    public Sessions(AccessTokens tokens, SecretTokens secrets, SessionPolicy policy) {
        this.tokens = tokens;
        this.secrets = secrets;
        this.policy = policy;
    }

    /** A session just opened: the cookie's value, given to the browser once, and what is stored. */
    public record Opened(String cookieValue, Session session) {
        @Override
        public String toString() {
            return "Opened[session=" + session.hash() + "]";
        }
    }

    public Opened open(String memberId, Instant now) {
        SecretToken token = secrets.create();
        Session session =
                new Session(token.hash(), memberId, secrets.randomValue(), now, now, now.plus(policy.lifetime()));
        tokens.putSession(session, policy.expiresAt(now, session.endsAt()));
        return new Opened(token.value(), session);
    }

    /**
     * The live session of a cookie's value, its activity recorded when due; empty for a value that is no session, or
     * one that ended (idle, too old, signed out).
     */
    public Optional<Session> check(String cookieValue, Instant now) {
        Optional<Session> stored = secrets.hashOf(cookieValue).flatMap(hash -> tokens.findSession(hash, now));
        if (stored.isEmpty() || !policy.isLive(stored.get(), now)) {
            return Optional.empty();
        }
        Session session = stored.get();
        if (!policy.needsTouch(session, now)) {
            return stored;
        }
        if (!tokens.touchSession(session.hash(), now, policy.expiresAt(now, session.endsAt()))) {
            return Optional.empty();
        }
        return Optional.of(new Session(
                session.hash(), session.memberId(), session.csrfToken(), session.createdAt(), now, session.endsAt()));
    }

    public SessionPolicy policy() {
        return policy;
    }

    public void end(String sessionHash) {
        tokens.delete(sessionHash);
    }

    /** Ends every session (and pending sign-in link) of the member; returns how many were stored. */
    public int endAllOf(String memberId) {
        return tokens.deleteAllOf(memberId);
    }
}
