package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.outbox.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A proposal as stored.
 *
 * @param version raised by each change: an answer is conditional on the version the member saw
 * @param replies the team's answers, oldest first
 * @param eventSlug the event it became, once the team turned it into one
 * @param deliveries the e-mails of its replies
 * @param needsAttention an e-mail of it was given up
 */
public record StoredProposal(
        String reference,
        Instant submittedAt,
        ProposalRequest request,
        ProposalStatus status,
        long version,
        List<ProposalReply> replies,
        Optional<String> eventSlug,
        Map<String, Delivery> deliveries,
        boolean needsAttention) {
    public StoredProposal {
        replies = List.copyOf(replies);
        deliveries = Map.copyOf(deliveries);
    }

    public String neighbourhood() {
        return request.neighbourhood();
    }

    /** The address a reply goes to, when the resident gave one. */
    public Optional<String> email() {
        return request.contact().flatMap(ProposalContact::email);
    }
}
