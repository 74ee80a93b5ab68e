package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.FieldError;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.screens.GuardedScreen;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The team's members, for admins only: {@code GET /api/backoffice/membres} (the list), {@code …/nouveau} and {@code
 * POST …/membres} (adding), {@code GET} and {@code POST …/membres/{memberId}} (a member's page and its change), {@code
 * POST …/{memberId}/retrait} (removing) and {@code …/{memberId}/sessions} (ending all sessions). Each route is one
 * call to {@link MemberService}; every change checks the form's Origin and CSRF token first, and answers 303 to a page
 * that says it was done, or the form again with its errors (400), or with the member as changed meanwhile (409).
 */
public final class MembersHandler extends GuardedScreen {
    static final String LIST = "GET " + Navigation.MEMBERS;
    static final String NEW = "GET " + MemberPages.NEW_PATH;
    static final String ADD = "POST " + Navigation.MEMBERS;
    static final String SHOW = "GET " + Navigation.MEMBERS + "/{memberId}";
    static final String CHANGE = "POST " + Navigation.MEMBERS + "/{memberId}";
    static final String REMOVE = "POST " + Navigation.MEMBERS + "/{memberId}/retrait";
    static final String END_SESSIONS = "POST " + Navigation.MEMBERS + "/{memberId}/sessions";
    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final MemberService members;
    private final MemberPages pages;
    private final FormGuard guard;

    /** What Lambda calls: the feature built from the function's environment. */
    public MembersHandler() {
        this(BackOfficeWiring.fromEnvironment());
    }

    private MembersHandler(BackOfficeWiring wiring) {
        this(wiring.memberService(), wiring.memberPages(), wiring.formGuard(), wiring.originGate());
    }

    MembersHandler(MemberService members, MemberPages pages, FormGuard guard, OriginGate gate) {
        super(gate, Role.ADMIN);
        this.members = members;
        this.pages = pages;
        this.guard = guard;
    }

    @Override
    protected HttpResponse answer(ScreenRequest request, SignedInMember admin) {
        ScreenFrame frame = request.frame();
        Optional<String> memberId = request.pathParameter("memberId")
                .filter(id -> MEMBER_ID.matcher(id).matches());
        if (!request.isChange()) {
            return show(request.route(), frame, memberId);
        }
        return change(request.route(), frame, admin, memberId, request.form(guard));
    }

    private HttpResponse show(String route, ScreenFrame frame, Optional<String> memberId) {
        return switch (route) {
            case LIST -> pages.list(frame, members.all());
            case NEW -> pages.newMember(frame, ScreenForm.blank(), 200);
            case SHOW -> {
                Member member = members.find(memberId.orElseThrow(NoSuchRecordException::new));
                yield pages.member(
                        frame, member, members.trailOf(member.memberId()), MemberPages.formOf(member), 200, false);
            }
            default -> throw new NoSuchRecordException();
        };
    }

    private HttpResponse change(
            String route, ScreenFrame frame, SignedInMember admin, Optional<String> memberId, SubmittedFields fields) {
        return switch (route) {
            case ADD -> add(frame, admin, fields);
            case CHANGE -> changeOne(frame, admin, memberId.orElseThrow(NoSuchRecordException::new), fields);
            case REMOVE -> remove(frame, admin, memberId.orElseThrow(NoSuchRecordException::new), fields);
            case END_SESSIONS -> {
                String id = memberId.orElseThrow(NoSuchRecordException::new);
                members.endSessions(admin, id);
                yield ScreenAnswers.seeOther(MemberPages.path(id), "sessions-terminees");
            }
            default -> throw new NoSuchRecordException();
        };
    }

    private HttpResponse add(ScreenFrame frame, SignedInMember admin, SubmittedFields fields) {
        try {
            members.add(admin, fields);
            return ScreenAnswers.seeOther(Navigation.MEMBERS, "membre-ajoute");
        } catch (InvalidInputException invalid) {
            return pages.newMember(
                    frame.withoutFlash(), MemberPages.formAsSent(fields).refused(invalid.errors()), 400);
        } catch (AddressTakenException taken) {
            return pages.newMember(
                    frame.withoutFlash(),
                    MemberPages.formAsSent(fields)
                            .refused(List.of(new FieldError(MemberFields.EMAIL, Message.of("member.email.taken")))),
                    409);
        }
    }

    private HttpResponse changeOne(ScreenFrame frame, SignedInMember admin, String memberId, SubmittedFields fields) {
        try {
            members.change(admin, memberId, fields);
            return ScreenAnswers.seeOther(MemberPages.path(memberId), "membre-modifie");
        } catch (InvalidInputException invalid) {
            return pages.member(
                    frame.withoutFlash(),
                    members.find(memberId),
                    members.trailOf(memberId),
                    MemberPages.formAsSent(fields).refused(invalid.errors()),
                    400,
                    false);
        } catch (VersionConflictException changedMeanwhile) {
            return conflict(frame, memberId);
        }
    }

    private HttpResponse remove(ScreenFrame frame, SignedInMember admin, String memberId, SubmittedFields fields) {
        try {
            members.remove(admin, memberId, fields);
            return ScreenAnswers.seeOther(Navigation.MEMBERS, "membre-retire");
        } catch (InvalidInputException invalid) {
            Member member = members.find(memberId);
            return pages.member(
                    frame.withoutFlash(),
                    member,
                    members.trailOf(memberId),
                    MemberPages.formOf(member).refused(invalid.errors()),
                    400,
                    false);
        } catch (VersionConflictException changedMeanwhile) {
            return conflict(frame, memberId);
        }
    }

    /** The member as they are now, with what happened: the admin decides again, on what is stored. */
    private HttpResponse conflict(ScreenFrame frame, String memberId) {
        Member current = members.find(memberId);
        return pages.member(
                frame.withoutFlash(), current, members.trailOf(memberId), MemberPages.formOf(current), 409, true);
    }

    /** Before a SnapStart snapshot: the list and the forms (reads only, for an admin no table holds). */
    @Override
    public void prime() {
        ScreenFrame frame =
                ScreenFrame.of(HttpRequest.from(BackOfficePriming.get(Navigation.MEMBERS)), BackOfficePriming.MEMBER);
        pages.list(frame, members.all());
        pages.newMember(frame, ScreenForm.blank(), 200);
    }
}
