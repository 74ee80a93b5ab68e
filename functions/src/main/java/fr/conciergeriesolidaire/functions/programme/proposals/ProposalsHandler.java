package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.programme.ProgrammePriming;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.screens.GuardedScreen;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import java.util.Optional;

/**
 * The residents' proposals in the back-office, for every role (a concierge: their neighbourhoods' only): {@code GET
 * /api/backoffice/propositions} (the list, {@code ?quartier=} for one neighbourhood), {@code GET …/{reference}} (one
 * proposal) and {@code POST …/{reference}} (the team's answer: one call to {@link ProposalLife#answer}, after the
 * form's Origin and CSRF token). An answer leads to the proposal's page saying it was recorded (303), or to its form
 * again with its errors (400), or with the proposal as answered meanwhile (409).
 */
public final class ProposalsHandler extends GuardedScreen {
    static final String LIST = "GET " + Navigation.PROPOSALS;
    static final String SHOW = "GET " + Navigation.PROPOSALS + "/{reference}";
    static final String ANSWER = "POST " + Navigation.PROPOSALS + "/{reference}";
    static final String NEIGHBOURHOOD_FILTER = "quartier";

    private final ProposalLife proposals;
    private final ProposalScreens screens;
    private final FormGuard guard;

    /** What Lambda calls: the feature built from the function's environment. */
    public ProposalsHandler() {
        this(ProposalsWiring.fromEnvironment());
    }

    private ProposalsHandler(ProposalsWiring wiring) {
        this(wiring.life(), wiring.screens(), wiring.formGuard(), wiring.originGate());
    }

    ProposalsHandler(ProposalLife proposals, ProposalScreens screens, FormGuard guard, OriginGate gate) {
        super(gate, Role.ADMIN, Role.TEAM, Role.COUNTER);
        this.proposals = proposals;
        this.screens = screens;
        this.guard = guard;
    }

    @Override
    protected HttpResponse answer(ScreenRequest request, SignedInMember member) {
        ScreenFrame frame = request.frame();
        if (request.route().equals(LIST)) {
            return screens.list(frame, proposals.list(member, request.http().queryParameter(NEIGHBOURHOOD_FILTER)));
        }
        String reference =
                request.pathParameter("reference").flatMap(References::parse).orElseThrow(NoSuchRecordException::new);
        if (!request.isChange()) {
            StoredProposal proposal = proposals.find(member, reference);
            return screens.show(frame, proposal, ProposalScreens.formOf(proposal), 200, false);
        }
        return answer(frame, member, reference, request.form(guard));
    }

    private HttpResponse answer(ScreenFrame frame, SignedInMember member, String reference, SubmittedFields fields) {
        try {
            proposals.answer(member, reference, fields);
            return ScreenAnswers.seeOther(ProposalScreens.path(reference), "reponse-enregistree");
        } catch (InvalidInputException invalid) {
            return screens.show(
                    frame.withoutFlash(),
                    proposals.find(member, reference),
                    ProposalScreens.formAsSent(fields).refused(invalid.errors()),
                    400,
                    false);
        } catch (VersionConflictException answeredMeanwhile) {
            StoredProposal current = proposals.find(member, reference);
            return screens.show(frame.withoutFlash(), current, ProposalScreens.formOf(current), 409, true);
        }
    }

    /** Before a SnapStart snapshot: the list of an admin no table holds (its queries, its page); nothing written. */
    @Override
    public void prime() {
        screens.list(
                ProgrammePriming.frame(Navigation.PROPOSALS), proposals.list(ProgrammePriming.ADMIN, Optional.empty()));
    }
}
