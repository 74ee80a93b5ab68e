package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** What tests of the shared packages may use of the proposals feature. */
public final class ProposalTestAccess {
    private ProposalTestAccess() {}

    /** The refusals of the form of that neighbourhood's page. */
    public static ErrorAnswers errorAnswers(String neighbourhood) {
        return new ProposalPages(Templates.packaged(), new Neighbourhoods(PackagedSiteData.data()))
                .errorAnswers(Optional.of(neighbourhood));
    }

    /** The public form's handler as a function's environment (template.yaml) builds it, on the tests' clock. */
    public static ProposalSubmissionHandler submissionHandler(Map<String, String> environment, Clock clock) {
        ProposalsWiring wiring = wiring(environment, clock);
        return new ProposalSubmissionHandler(
                wiring.service(), wiring.pages(), wiring.neighbourhoods(), wiring.clientAddress());
    }

    /** The team's screens of the ideas, as the ProposalsFunction's environment builds them, on the tests' clock. */
    public static ProposalsHandler teamHandler(Map<String, String> environment, Clock clock) {
        ProposalsWiring wiring = wiring(environment, clock);
        return new ProposalsHandler(wiring.life(), wiring.screens(), wiring.formGuard(), wiring.originGate());
    }

    /** The sweeper of the replies' e-mails still due, as the ProposalSweeperFunction's environment builds it. */
    public static ProposalSweeperHandler sweeper(Map<String, String> environment, Clock clock) {
        return new ProposalSweeperHandler(wiring(environment, clock).sweeper());
    }

    /**
     * The team's reply stored with its e-mail in the proposal's outbox, as an answer does, but not tried at once: what a
     * stop of the function between the write and the send leaves for the sweeper.
     */
    public static void replyLeftToTheSweeper(
            Map<String, String> environment, Clock clock, String reference, String memberId, String text) {
        ProposalStore store = wiring(environment, clock).store();
        StoredProposal proposal = store.find(reference).orElseThrow();
        ProposalReply reply = new ProposalReply(
                clock.instant(), memberId, "Camille Équipe", ProposalStatus.STUDYING, Optional.of(text), true);
        store.answer(
                new ProposalAnswer(
                        reference,
                        proposal.version(),
                        proposal.status(),
                        reply,
                        Optional.of(
                                ProposalEmails.replyRecipient(proposal.replies().size()))),
                clock.instant());
    }

    private static ProposalsWiring wiring(Map<String, String> environment, Clock clock) {
        Environment variables = new Environment(environment);
        return new ProposalsWiring(variables, clock, new AwsClients(variables));
    }
}
