package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.programme.ProgrammePriming;
import fr.conciergeriesolidaire.functions.programme.proposals.StoredProposal;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.screens.GuardedScreen;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The programme in the back-office, for every role (a concierge: their neighbourhoods' events only): {@code GET
 * /api/backoffice/animations} (the list, {@code ?quartier=} for one neighbourhood), {@code …/nouvelle} (a new event's
 * form, {@code ?proposition=} to start from a resident's idea) and {@code POST …/animations} (creating it); {@code GET}
 * and {@code POST …/{slug}} (an event's form and its change), {@code …/{slug}/report} (postponing it), {@code
 * …/{slug}/annulation} (cancelling it), {@code GET …/{slug}/copie} (a new event's form filled as this one). Each
 * route is one call to {@link EventService}; every change checks the form's Origin and CSRF token first, and answers
 * 303 to the event's page saying it was done, or the form again with its errors (400), or with the event as changed
 * meanwhile (409).
 */
public final class EventsHandler extends GuardedScreen {
    static final String LIST = "GET " + Navigation.EVENTS;
    static final String NEW = "GET " + EventScreens.NEW_PATH;
    static final String CREATE = "POST " + Navigation.EVENTS;
    static final String SHOW = "GET " + Navigation.EVENTS + "/{slug}";
    static final String CHANGE = "POST " + Navigation.EVENTS + "/{slug}";
    static final String POSTPONEMENT = "GET " + Navigation.EVENTS + "/{slug}/report";
    static final String POSTPONE = "POST " + Navigation.EVENTS + "/{slug}/report";
    static final String CANCELLATION = "GET " + Navigation.EVENTS + "/{slug}/annulation";
    static final String CANCEL = "POST " + Navigation.EVENTS + "/{slug}/annulation";
    static final String COPY = "GET " + Navigation.EVENTS + "/{slug}/copie";
    static final String NEIGHBOURHOOD_FILTER = "quartier";
    static final String PROPOSAL_PARAMETER = "proposition";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");

    private final EventService events;
    private final EventScreens screens;
    private final FormGuard guard;

    /** What Lambda calls: the feature built from the function's environment. */
    public EventsHandler() {
        this(EventsWiring.fromEnvironment());
    }

    private EventsHandler(EventsWiring wiring) {
        this(wiring.service(), wiring.screens(), wiring.formGuard(), wiring.originGate());
    }

    EventsHandler(EventService events, EventScreens screens, FormGuard guard, OriginGate gate) {
        super(gate, Role.ADMIN, Role.TEAM, Role.COUNTER);
        this.events = events;
        this.screens = screens;
        this.guard = guard;
    }

    @Override
    protected HttpResponse answer(ScreenRequest request, SignedInMember member) {
        ScreenFrame frame = request.frame();
        Optional<String> slug =
                request.pathParameter("slug").filter(text -> SLUG.matcher(text).matches());
        if (!request.isChange()) {
            return show(request.route(), frame, member, slug, request.http());
        }
        return change(request.route(), frame, member, slug, request.form(guard));
    }

    private HttpResponse show(
            String route, ScreenFrame frame, SignedInMember member, Optional<String> slug, HttpRequest http) {
        return switch (route) {
            case LIST -> screens.list(frame, member, events.list(member, http.queryParameter(NEIGHBOURHOOD_FILTER)));
            case NEW -> newEvent(frame, member, http.queryParameter(PROPOSAL_PARAMETER));
            case SHOW -> edit(frame, events.find(member, slugOf(slug)), Optional.empty(), 200, false);
            case POSTPONEMENT ->
                screens.postpone(frame, events.find(member, slugOf(slug)), ScreenForm.blank(), 200, false);
            case CANCELLATION ->
                screens.cancel(frame, events.find(member, slugOf(slug)), ScreenForm.blank(), 200, false);
            case COPY ->
                screens.newEvent(
                        frame,
                        EventScreens.copyOf(events.find(member, slugOf(slug)).event()),
                        200,
                        Optional.empty());
            default -> throw new NoSuchRecordException();
        };
    }

    private HttpResponse change(
            String route, ScreenFrame frame, SignedInMember member, Optional<String> slug, SubmittedFields fields) {
        ScreenFrame again = frame.withoutFlash();
        try {
            return switch (route) {
                case CREATE -> saved(events.create(member, fields), "animation-creee");
                case CHANGE -> saved(events.change(member, slugOf(slug), fields), "animation-modifiee");
                case POSTPONE -> saved(events.postpone(member, slugOf(slug), fields), "animation-reportee");
                case CANCEL -> saved(events.cancel(member, slugOf(slug), fields), "animation-annulee");
                default -> throw new NoSuchRecordException();
            };
        } catch (InvalidInputException invalid) {
            ScreenForm form = EventScreens.formAsSent(fields).refused(invalid.errors());
            return switch (route) {
                case CREATE -> screens.newEvent(again, form, 400, Optional.empty());
                case CHANGE -> edit(again, events.find(member, slugOf(slug)), Optional.of(form), 400, false);
                case POSTPONE -> screens.postpone(again, events.find(member, slugOf(slug)), form, 400, false);
                default -> screens.cancel(again, events.find(member, slugOf(slug)), form, 400, false);
            };
        } catch (VersionConflictException changedMeanwhile) {
            // The event as it is now, with what happened: the member decides again, on what is stored.
            StoredEvent current = events.find(member, slugOf(slug));
            return switch (route) {
                case POSTPONE -> screens.postpone(again, current, ScreenForm.blank(), 409, true);
                case CANCEL -> screens.cancel(again, current, ScreenForm.blank(), 409, true);
                default -> edit(again, current, Optional.empty(), 409, true);
            };
        }
    }

    private HttpResponse newEvent(ScreenFrame frame, SignedInMember member, Optional<String> proposalParameter) {
        if (proposalParameter.isEmpty()) {
            return screens.newEvent(frame, EventScreens.blank(), 200, Optional.empty());
        }
        String reference = proposalParameter.flatMap(References::parse).orElseThrow(NoSuchRecordException::new);
        StoredProposal proposal = events.proposal(member, reference);
        return screens.newEvent(frame, EventScreens.fromProposal(proposal), 200, Optional.of(proposal));
    }

    /** @param form what was sent, shown again; empty: the event as stored */
    private HttpResponse edit(
            ScreenFrame frame, StoredEvent stored, Optional<ScreenForm> form, int status, boolean conflict) {
        return screens.edit(
                frame,
                stored,
                form.orElseGet(() -> EventScreens.formOf(stored.event())),
                status,
                conflict,
                events.trail(stored.event().slug()));
    }

    /** To the event's page, saying what was done (or that the site will show it later, or that it was there). */
    private static HttpResponse saved(EventService.Saved saved, String flash) {
        String said =
                saved.replay() ? "animation-identique" : saved.published() ? flash : "animation-enregistree-plus-tard";
        return ScreenAnswers.seeOther(EventScreens.path(saved.event().event().slug()), said);
    }

    private static String slugOf(Optional<String> slug) {
        return slug.orElseThrow(NoSuchRecordException::new);
    }

    /** Before a SnapStart snapshot: the list of an admin no table holds (its queries) and a new event's form. */
    @Override
    public void prime() {
        ScreenFrame frame = ProgrammePriming.frame(Navigation.EVENTS);
        screens.list(frame, ProgrammePriming.ADMIN, events.list(ProgrammePriming.ADMIN, Optional.empty()));
        screens.newEvent(frame, EventScreens.blank(), 200, Optional.empty());
    }
}
