package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A member of the team, who may sign in to the back-office.
 *
 * @param memberId random, never shown; what sessions, links and (later) audit entries refer to
 * @param email normalised (trimmed, NFC, lower case): where sign-in links go
 * @param emailHash the keyed hash of {@code email}, by which a sign-in request finds the member
 * @param counters the counter ids of a {@link Role#COUNTER} member, empty for the other roles
 * @param version raised by every change: a change names the version it was made on
 * @param sessionsEndedAt when an admin last ended all the member's sessions: any session or link older is refused
 */
public record Member(
        String memberId,
        String email,
        String emailHash,
        String name,
        Role role,
        List<String> counters,
        long version,
        Instant createdAt,
        Optional<Instant> sessionsEndedAt) {
    public Member {
        counters = List.copyOf(counters);
    }

    /** Whether a session or link made at {@code madeAt} was ended by an admin since. */
    boolean endedSince(Instant madeAt) {
        return sessionsEndedAt.filter(ended -> !madeAt.isAfter(ended)).isPresent();
    }
}
