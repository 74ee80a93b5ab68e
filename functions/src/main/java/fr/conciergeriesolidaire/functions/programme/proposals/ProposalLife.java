package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.programme.ProgrammePublication;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The proposals in the team's hands: the list of each neighbourhood a member serves, newest first; an answer (a status,
 * and a reply e-mailed to the resident when they gave an address), one conditional write on the version the member saw
 * with its e-mail in the proposal's outbox, tried at once and otherwise sent by the sweeper. A concierge sees and
 * answers only their neighbourhoods' proposals; turning one into an event is {@link ProposalEvents}.
 */
public final class ProposalLife {
    private static final System.Logger LOG = System.getLogger(ProposalLife.class.getName());
    /** The list shows each neighbourhood's latest proposals, up to this many (a season brings a few dozen). */
    static final int LATEST = 100;

    /** A neighbourhood's latest proposals, newest first. */
    public record NeighbourhoodProposals(Neighbourhood neighbourhood, List<StoredProposal> proposals) {}

    private final ProposalStore store;
    private final Neighbourhoods neighbourhoods;
    private final Notifier notifier;
    private final ProgrammePublication publication;
    private final Clock clock;

    ProposalLife(
            ProposalStore store,
            Neighbourhoods neighbourhoods,
            Notifier notifier,
            ProgrammePublication publication,
            Clock clock) {
        this.store = store;
        this.neighbourhoods = neighbourhoods;
        this.notifier = notifier;
        this.publication = publication;
        this.clock = clock;
    }

    /**
     * @param only one neighbourhood's, or every one the member serves
     * @throws fr.conciergeriesolidaire.functions.access.AccessDeniedException for a neighbourhood they do not serve
     */
    public List<NeighbourhoodProposals> list(SignedInMember member, Optional<String> only) {
        only.ifPresent(neighbourhood -> neighbourhoods.require(member, neighbourhood));
        return neighbourhoods.servedBy(member).stream()
                .filter(neighbourhood -> only.map(neighbourhood.id()::equals).orElse(true))
                .map(neighbourhood ->
                        new NeighbourhoodProposals(neighbourhood, store.newestIn(neighbourhood.id(), LATEST)))
                .toList();
    }

    /**
     * @throws NoSuchRecordException for an unknown or expired reference (404)
     * @throws fr.conciergeriesolidaire.functions.access.AccessDeniedException for another neighbourhood's (403)
     */
    public StoredProposal find(SignedInMember member, String reference) {
        StoredProposal proposal = store.find(reference).orElseThrow(NoSuchRecordException::new);
        neighbourhoods.require(member, proposal.neighbourhood());
        return proposal;
    }

    /**
     * Records the member's answer; its reply goes to the resident's address, when they gave one.
     *
     * @throws InvalidInputException for a wrong field, or an answer that changes nothing
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException answered meanwhile by someone else
     */
    public StoredProposal answer(SignedInMember member, String reference, SubmittedFields fields) {
        StoredProposal proposal = find(member, reference);
        ProposalAnswerForm.Draft draft = ProposalAnswerForm.read(fields);
        if (draft.status() == proposal.status() && draft.reply().isEmpty()) {
            throw InvalidInputException.of(ProposalFields.REPLY, "proposalAnswer.nothing");
        }
        Instant now = clock.instant();
        boolean emailed = draft.reply().isPresent() && proposal.email().isPresent();
        ProposalReply reply =
                new ProposalReply(now, member.memberId(), member.name(), draft.status(), draft.reply(), emailed);
        Optional<String> recipient = emailed
                ? Optional.of(ProposalEmails.replyRecipient(proposal.replies().size()))
                : Optional.empty();
        StoredProposal answered = store.answer(
                new ProposalAnswer(reference, draft.seenVersion(), proposal.status(), reply, recipient), now);
        if (emailed) {
            sendNow(reference);
        }
        if (proposal.status().counts() != answered.status().counts()) {
            // Set aside, or brought back: the neighbourhood's count of ideas changes.
            publication.ask(now);
        }
        return answered;
    }

    private void sendNow(String reference) {
        try {
            notifier.deliver(reference);
        } catch (RuntimeException later) {
            // The reply is in the outbox, and the proposal in the sweeper's index: it leaves within minutes.
            LOG.log(
                    Level.WARNING,
                    "Reply of {0} left to the sweeper: {1}",
                    reference,
                    later.getClass().getSimpleName());
        }
    }
}
