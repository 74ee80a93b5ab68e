package fr.conciergeriesolidaire.functions.screens;

import fr.conciergeriesolidaire.functions.access.Role;
import java.util.EnumSet;
import java.util.List;

/**
 * EXTENSION POINT of the back-office: every screen a member reaches from the navigation and the dashboard, in the
 * order shown, with the roles that may open it. A new screen (orders board, round sheet, sign-ups, programme,
 * indicators, exports...) adds its entry here once its route exists: nothing is listed before it works. A test
 * (NavigationTest) holds each path to a GET route of template.yaml behind the authorizer.
 */
public final class Navigation {
    /** The public entrance (no authorizer): where a member asks for a sign-in link. */
    public static final String SIGN_IN = "/api/backoffice/connexion";

    public static final String SIGN_OUT = "/api/backoffice/deconnexion";
    public static final String DASHBOARD = "/api/backoffice/tableau-de-bord";
    public static final String MEMBERS = "/api/backoffice/membres";
    // ---- registrations (issue 15)
    public static final String REGISTRATIONS = "/api/backoffice/inscriptions";
    public static final String PARTICIPATION = "/api/backoffice/participation";

    static final List<NavigationEntry> ENTRIES = List.of(
            new NavigationEntry(
                    DASHBOARD,
                    "backoffice.nav.dashboard",
                    "backoffice.nav.dashboard.description",
                    EnumSet.allOf(Role.class)),
            // ---- registrations (issue 15)
            new NavigationEntry(
                    REGISTRATIONS,
                    "backoffice.nav.registrations",
                    "backoffice.nav.registrations.description",
                    EnumSet.allOf(Role.class)),
            new NavigationEntry(
                    PARTICIPATION,
                    "backoffice.nav.participation",
                    "backoffice.nav.participation.description",
                    EnumSet.of(Role.ADMIN, Role.TEAM)),
            // ---- members
            new NavigationEntry(
                    MEMBERS, "backoffice.nav.members", "backoffice.nav.members.description", EnumSet.of(Role.ADMIN)));

    private Navigation() {}

    /** Every entry, for checks. */
    public static List<NavigationEntry> all() {
        return ENTRIES;
    }

    /** What a member of that role may open, in order. */
    public static List<NavigationEntry> of(Role role) {
        return ENTRIES.stream().filter(entry -> entry.roles().contains(role)).toList();
    }
}
