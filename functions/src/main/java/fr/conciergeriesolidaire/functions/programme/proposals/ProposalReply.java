package fr.conciergeriesolidaire.functions.programme.proposals;

import java.time.Instant;
import java.util.Optional;

/**
 * One answer of the team to a proposal: the status it set and, when written, the reply itself, e-mailed to the
 * resident when they gave an address.
 *
 * @param memberName the member who answered, when they did (staff data, kept for accountability)
 * @param emailed whether the reply went to the resident's address (then its delivery is in the proposal's outbox,
 *     under {@link ProposalEmails#replyRecipient})
 */
public record ProposalReply(
        Instant at,
        String memberId,
        String memberName,
        ProposalStatus status,
        Optional<String> text,
        boolean emailed) {}
