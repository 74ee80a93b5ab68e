package fr.conciergeriesolidaire.functions.programme.proposals;

import java.util.Optional;

/**
 * The team's answer to a proposal, as one conditional change of it.
 *
 * @param seenVersion the version the member answered: the change is refused if it moved since
 * @param from the status the member saw
 * @param recipient the outbox key of the reply's e-mail, when it is to be sent
 */
record ProposalAnswer(
        String reference, long seenVersion, ProposalStatus from, ProposalReply reply, Optional<String> recipient) {}
