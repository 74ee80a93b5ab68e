package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.Session;
import fr.conciergeriesolidaire.functions.access.Sessions;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What the HTTP API's authorizer decides for a session cookie, before any back-office function runs: a live session
 * (idle and absolute ends, activity recorded), of a member still on the team, not ended by an admin since it
 * opened; and then who the member is now (their role and counters as stored, not as when they signed in).
 */
final class SessionAuthorizer {
    private final Sessions sessions;
    private final MemberStore members;
    private final Clock clock;

    SessionAuthorizer(Sessions sessions, MemberStore members, Clock clock) {
        this.sessions = sessions;
        this.members = members;
        this.clock = clock;
    }

    Optional<SignedInMember> signedIn(String cookieValue) {
        Instant now = clock.instant();
        Optional<Session> session = sessions.check(cookieValue, now);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Optional<Member> member = members.find(session.get().memberId());
        if (member.isEmpty() || member.get().endedSince(session.get().createdAt())) {
            return Optional.empty();
        }
        Member current = member.get();
        return Optional.of(new SignedInMember(
                current.memberId(),
                current.name(),
                current.role(),
                current.counters(),
                session.get().hash(),
                session.get().csrfToken()));
    }
}
