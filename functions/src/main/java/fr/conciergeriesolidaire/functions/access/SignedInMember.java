package fr.conciergeriesolidaire.functions.access;

import java.util.Arrays;
import java.util.List;

/**
 * The member a back-office request comes from, as the authorizer checked it a moment ago ({@link AuthorizerContext}):
 * who, with which role and counters, in which session, and the session's CSRF token that every form must send back.
 *
 * @param counters the counter ids (site/data/counters.yaml) of a {@link Role#COUNTER} member; empty for the others
 * @param sessionKey the stored session's key (the keyed hash of its cookie), to end it on sign-out
 */
public record SignedInMember(
        String memberId, String name, Role role, List<String> counters, String sessionKey, String csrfToken) {
    public SignedInMember {
        counters = List.copyOf(counters);
    }

    /** @throws AccessDeniedException unless the member has one of these roles (403) */
    public void require(Role... allowed) {
        if (!Arrays.asList(allowed).contains(role)) {
            throw new AccessDeniedException();
        }
    }

    /** Whether the member may see and act on what belongs to that counter: all of them but a concierge's others. */
    public boolean mayServe(String counterId) {
        return role != Role.COUNTER || counters.contains(counterId);
    }
}
