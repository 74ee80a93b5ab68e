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
    public static final String ORDERS = "/api/backoffice/commandes";
    public static final String ROUND_SHEET = "/api/backoffice/tournee";
    public static final String SIGN_UPS = "/api/backoffice/adhesions";
    public static final String INDICATORS = "/api/backoffice/indicateurs";
    public static final String EXPORTS = "/api/backoffice/exports";
    /** The programme's events (programme feature). */
    public static final String EVENTS = "/api/backoffice/animations";
    /** The residents' proposals of animations (programme feature). */
    public static final String PROPOSALS = "/api/backoffice/propositions";
    /** Residents (issue 16): erasing a person's data for a request by letter or phone. */
    public static final String ERASURES = "/api/backoffice/effacements";

    public static final String REGISTRATIONS = "/api/backoffice/inscriptions";
    public static final String PARTICIPATION = "/api/backoffice/participation";

    static final List<NavigationEntry> ENTRIES = List.of(
            new NavigationEntry(
                    DASHBOARD,
                    "backoffice.nav.dashboard",
                    "backoffice.nav.dashboard.description",
                    EnumSet.allOf(Role.class)),
            new NavigationEntry(
                    ORDERS, "backoffice.nav.orders", "backoffice.nav.orders.description", EnumSet.allOf(Role.class)),
            new NavigationEntry(
                    ROUND_SHEET,
                    "backoffice.nav.roundSheet",
                    "backoffice.nav.roundSheet.description",
                    EnumSet.allOf(Role.class)),
            new NavigationEntry(
                    EVENTS, "backoffice.nav.events", "backoffice.nav.events.description", EnumSet.allOf(Role.class)),
            new NavigationEntry(
                    PROPOSALS,
                    "backoffice.nav.proposals",
                    "backoffice.nav.proposals.description",
                    EnumSet.allOf(Role.class)),
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
            new NavigationEntry(
                    SIGN_UPS,
                    "backoffice.nav.signUps",
                    "backoffice.nav.signUps.description",
                    EnumSet.of(Role.ADMIN, Role.TEAM)),
            new NavigationEntry(
                    INDICATORS,
                    "backoffice.nav.indicators",
                    "backoffice.nav.indicators.description",
                    EnumSet.of(Role.ADMIN, Role.TEAM)),
            new NavigationEntry(
                    EXPORTS,
                    "backoffice.nav.exports",
                    "backoffice.nav.exports.description",
                    EnumSet.of(Role.ADMIN, Role.TEAM)),
            new NavigationEntry(
                    MEMBERS, "backoffice.nav.members", "backoffice.nav.members.description", EnumSet.of(Role.ADMIN)),
            new NavigationEntry(
                    ERASURES,
                    "backoffice.nav.erasures",
                    "backoffice.nav.erasures.description",
                    EnumSet.of(Role.ADMIN, Role.TEAM)));

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
