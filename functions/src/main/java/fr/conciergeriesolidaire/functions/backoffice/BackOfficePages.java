package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.util.List;
import java.util.Map;

/**
 * The pages of signing in (templates {@code pages/signin*.ftlh}) and the dashboard ({@code pages/dashboard.ftlh}),
 * in the back-office frame.
 */
final class BackOfficePages {
    private final Screens screens;
    private final CounterNames counters;

    BackOfficePages(Screens screens, CounterNames counters) {
        this.screens = screens;
        this.counters = counters;
    }

    /** The address field, empty or as typed with its error. */
    HttpResponse signIn(ScreenFrame frame, ScreenForm form, int status) {
        return screens.page(
                status,
                frame,
                screens.wording().get("signin.title"),
                "signin.ftlh",
                Map.of(
                        "form", screens.form(form, SignInFields.LABELS),
                        "action", Navigation.SIGN_IN,
                        "minutes", SignInLinks.VALIDITY.toMinutes()));
    }

    /** The button that opens the session (following a link uses nothing up). */
    HttpResponse link(ScreenFrame frame, String token) {
        return screens.page(
                200,
                frame,
                screens.wording().get("signin.link.title"),
                "signin-link.ftlh",
                Map.of("action", SignInLinks.PATH, "tokenField", SignInFields.TOKEN, "token", token));
    }

    HttpResponse invalidLink(ScreenFrame frame) {
        return screens.page(
                410,
                frame.withoutFlash(),
                screens.wording().get("signin.invalid.title"),
                "signin-link-invalid.ftlh",
                Map.of("signInPath", Navigation.SIGN_IN, "minutes", SignInLinks.VALIDITY.toMinutes()));
    }

    /** What the member's role may do, from the navigation; their counters, for a concierge. */
    HttpResponse dashboard(ScreenFrame frame, SignedInMember member) {
        List<String> counterNames = counters.of(member.counters());
        return screens.page(
                200,
                frame,
                screens.wording().get("backoffice.nav.dashboard"),
                "dashboard.ftlh",
                Map.of("name", member.name(), "counters", counterNames));
    }
}
