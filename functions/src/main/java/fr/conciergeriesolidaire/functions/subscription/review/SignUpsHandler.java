package fr.conciergeriesolidaire.functions.subscription.review;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.screens.GuardedScreen;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.PrimingFrames;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import fr.conciergeriesolidaire.functions.subscription.SignUpStatus;
import fr.conciergeriesolidaire.functions.subscription.StoredSubscription;
import java.util.Optional;

/**
 * Company sign-ups, for admins and the team (a concierge is refused, 403): {@code GET /api/backoffice/adhesions} (the
 * list, {@code ?etape=} for one status), {@code GET …/{reference}} (a sign-up's page), and its three changes, {@code
 * POST …/{reference}/etape} (the next step, or dropped with a reason), {@code …/notes} and {@code …/conditions}. Each
 * change checks the form's Origin and CSRF token first, then is one call to {@link SignUpReview} on the version the
 * member saw, and answers 303 to the sign-up's page saying it was done, or the page again with the form's errors (400),
 * with the sign-up as changed meanwhile (409), or with what its step does not allow (409).
 */
public final class SignUpsHandler extends GuardedScreen {
    static final String LIST = "GET " + Navigation.SIGN_UPS;
    static final String SHOW = "GET " + Navigation.SIGN_UPS + "/{reference}";
    static final String MOVE = "POST " + Navigation.SIGN_UPS + "/{reference}/etape";
    static final String NOTE = "POST " + Navigation.SIGN_UPS + "/{reference}/notes";
    static final String TERMS = "POST " + Navigation.SIGN_UPS + "/{reference}/conditions";

    private final SignUpReview review;
    private final SignUpPages pages;
    private final FormGuard guard;

    /** What Lambda calls: the feature built from the function's environment. */
    public SignUpsHandler() {
        this(SignUpReviewWiring.fromEnvironment());
    }

    /** Built from a wiring, as Lambda builds it (the integration tests give theirs). */
    SignUpsHandler(SignUpReviewWiring wiring) {
        this(wiring.review(), wiring.pages(), wiring.formGuard(), wiring.originGate());
    }

    SignUpsHandler(SignUpReview review, SignUpPages pages, FormGuard guard, OriginGate gate) {
        super(gate, Role.ADMIN, Role.TEAM);
        this.review = review;
        this.pages = pages;
        this.guard = guard;
    }

    @Override
    protected HttpResponse answer(ScreenRequest request, SignedInMember member) {
        ScreenFrame frame = request.frame();
        String reference = request.pathParameter("reference").orElse("");
        if (!request.isChange()) {
            return show(request, frame, reference);
        }
        return change(request.route(), frame, member, reference, request.form(guard));
    }

    private HttpResponse show(ScreenRequest request, ScreenFrame frame, String reference) {
        return switch (request.route()) {
            case LIST -> {
                // An unknown step in the query shows every sign-up still followed: a filter is no refusal.
                Optional<SignUpStatus> only =
                        request.http().queryParameter(SignUpPages.FILTER).flatMap(SignUpForms::status);
                yield pages.list(frame, only, review.list(only));
            }
            case SHOW -> {
                StoredSubscription signUp = review.find(reference);
                yield pages.signUp(frame, signUp, SignUpPages.formOf(signUp), 200, Optional.empty());
            }
            default -> throw new NoSuchRecordException();
        };
    }

    private HttpResponse change(
            String route, ScreenFrame frame, SignedInMember member, String reference, SubmittedFields fields) {
        try {
            return switch (route) {
                case MOVE -> {
                    review.move(member, reference, fields);
                    yield ScreenAnswers.seeOther(SignUpPages.path(reference), "etape-changee");
                }
                case NOTE -> {
                    review.addNote(member, reference, fields);
                    yield ScreenAnswers.seeOther(SignUpPages.path(reference), "note-ajoutee");
                }
                case TERMS -> {
                    review.amend(member, reference, fields);
                    yield ScreenAnswers.seeOther(SignUpPages.path(reference), "conditions-modifiees");
                }
                default -> throw new NoSuchRecordException();
            };
        } catch (InvalidInputException invalid) {
            StoredSubscription signUp = review.find(reference);
            return pages.signUp(
                    frame.withoutFlash(),
                    signUp,
                    SignUpPages.formAsSent(signUp, fields).refused(invalid.errors()),
                    400,
                    Optional.empty());
        } catch (VersionConflictException changedMeanwhile) {
            return now(frame, reference, "signup.review.conflict");
        } catch (ChangeRefusedException refused) {
            return now(frame, reference, refused.messageKey());
        }
    }

    /** The sign-up as it is now, saying why the change was not made (409): the member decides again on it. */
    private HttpResponse now(ScreenFrame frame, String reference, String refusalKey) {
        StoredSubscription current = review.find(reference);
        return pages.signUp(frame.withoutFlash(), current, SignUpPages.formOf(current), 409, Optional.of(refusalKey));
    }

    /** Before a SnapStart snapshot: the list as stored (reads only) and a sign-up no table holds (a 404 page). */
    @Override
    public void prime() {
        ScreenFrame frame = PrimingFrames.of(Navigation.SIGN_UPS);
        pages.list(frame, Optional.empty(), review.list(Optional.empty()));
        try {
            review.find("ZZZZ-ZZZZ");
        } catch (NoSuchRecordException expected) {
            failure(expected, frame);
        }
    }
}
