package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import java.time.Clock;

/**
 * A resident's idea turned into an event in one step, as the events' screens use it: the proposal their new event's
 * form starts from, and, once the event is stored, the proposal accepted and linked to it. No e-mail is sent here (the
 * team answers the resident on the proposal's page), so the events' function builds no mail client.
 */
public final class ProposalEvents {
    private final ProposalStore store;
    private final Neighbourhoods neighbourhoods;
    private final Clock clock;

    ProposalEvents(ProposalStore store, Neighbourhoods neighbourhoods, Clock clock) {
        this.store = store;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    /**
     * The proposal an event is being made from.
     *
     * @throws NoSuchRecordException for an unknown or expired reference (404)
     * @throws fr.conciergeriesolidaire.functions.access.AccessDeniedException for another neighbourhood's (403)
     */
    public StoredProposal startingPoint(SignedInMember member, String reference) {
        StoredProposal proposal = store.find(reference).orElseThrow(NoSuchRecordException::new);
        neighbourhoods.require(member, proposal.neighbourhood());
        return proposal;
    }

    /**
     * The proposal became that event: accepted, and linked to it.
     *
     * @return false when it was already turned into another event (left as it was)
     */
    public boolean turnedInto(SignedInMember member, String reference, String eventSlug) {
        startingPoint(member, reference);
        return store.linkEvent(reference, eventSlug, member.memberId(), clock.instant());
    }
}
