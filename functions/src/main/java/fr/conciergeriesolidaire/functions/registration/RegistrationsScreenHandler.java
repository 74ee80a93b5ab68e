package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.screens.Flash;
import fr.conciergeriesolidaire.functions.screens.GuardedScreen;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import java.util.Optional;

/**
 * The team's screens of registrations: {@code GET /api/backoffice/inscriptions} (the events), {@code …/{event}} (its
 * people and waiting list), {@code …/{event}/emargement} (the attendance sheet to print), {@code POST
 * …/{event}/presences} (one person marked present or absent: 303 back to their line), and {@code GET
 * /api/backoffice/participation} (the figures by month and neighbourhood, admins and team). Admins and the team see
 * every event; a concierge, the events of their counters' neighbourhoods.
 */
public final class RegistrationsScreenHandler extends GuardedScreen {
    static final String EVENTS = "GET " + Navigation.REGISTRATIONS;
    static final String EVENT = "GET " + Navigation.REGISTRATIONS + "/{event}";
    static final String SHEET = "GET " + Navigation.REGISTRATIONS + "/{event}" + RegistrationScreens.SHEET;
    static final String MARK = "POST " + Navigation.REGISTRATIONS + "/{event}" + RegistrationScreens.ATTENDANCE;
    static final String PARTICIPATION = "GET " + Navigation.PARTICIPATION;
    /** The participation screen's months: a year. */
    static final int MONTHS = 12;

    private final RegistrationBoard board;
    private final Attendance attendance;
    private final RegistrationScreens screens;
    private final FormGuard guard;

    /** What Lambda calls: the feature built from the function's environment. */
    public RegistrationsScreenHandler() {
        this(RegistrationWiring.fromEnvironment());
    }

    private RegistrationsScreenHandler(RegistrationWiring wiring) {
        this(wiring.board(), wiring.attendance(), wiring.screens(), wiring.formGuard(), wiring.originGate());
    }

    /** What tests call. */
    RegistrationsScreenHandler(
            RegistrationBoard board,
            Attendance attendance,
            RegistrationScreens screens,
            FormGuard guard,
            OriginGate gate) {
        super(gate, Role.values());
        this.board = board;
        this.attendance = attendance;
        this.screens = screens;
        this.guard = guard;
    }

    @Override
    protected HttpResponse answer(ScreenRequest request, SignedInMember member) {
        ScreenFrame frame = request.frame();
        String slug = request.pathParameter("event").orElse("");
        if (!request.isChange()) {
            return show(request.route(), frame, member, slug);
        }
        if (!MARK.equals(request.route())) {
            throw new NoSuchRecordException();
        }
        return mark(member, slug, request.form(guard));
    }

    private HttpResponse show(String route, ScreenFrame frame, SignedInMember member, String slug) {
        return switch (route) {
            case EVENTS -> screens.events(frame, board.events(member));
            case EVENT -> screens.event(frame, board.event(member, slug));
            case SHEET -> screens.sheet(frame, board.event(member, slug));
            case PARTICIPATION -> screens.participation(frame, board.participation(member, MONTHS));
            default -> throw new NoSuchRecordException();
        };
    }

    /** One mark, then back to the person's line on the event's screen, saying it was noted. */
    private HttpResponse mark(SignedInMember member, String slug, SubmittedFields fields) {
        FieldErrors errors = new FieldErrors();
        Optional<String> reference = fields.text("reference", errors).flatMap(References::parse);
        Optional<Long> version = fields.number("version", errors);
        Optional<String> present =
                fields.text("present", errors).filter(value -> value.equals("yes") || value.equals("no"));
        if (reference.isEmpty() || version.isEmpty() || present.isEmpty()) {
            throw InvalidInputException.of("present", "registration.attendance.invalid");
        }
        attendance.mark(
                member, slug, reference.get(), version.get(), present.get().equals("yes"));
        return ScreenAnswers.seeOther(Flash.location(RegistrationScreens.eventPath(slug), "presence-notee") + "#"
                + RegistrationScreens.anchor(reference.get()));
    }

    /** Before a SnapStart snapshot: the list of events and the figures, for a member no table holds. Reads only. */
    @Override
    public void prime() {
        SignedInMember member = RegistrationPriming.MEMBER;
        ScreenFrame frame = new ScreenFrame(Optional.of(member), Navigation.REGISTRATIONS, Optional.empty());
        screens.events(frame, board.events(member));
        screens.participation(frame, board.participation(member, 1));
    }
}
