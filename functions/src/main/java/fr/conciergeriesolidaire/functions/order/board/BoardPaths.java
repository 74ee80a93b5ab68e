package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.functions.screens.Navigation;

/** The addresses of the team's order screens, as template.yaml routes them. */
final class BoardPaths {
    static final String ORDERS = Navigation.ORDERS;
    static final String ROUND_SHEET = Navigation.ROUND_SHEET;
    static final String READY = "/prete";
    static final String GIVEN_BACK = "/remise";
    static final String CANCELLED = "/annulation";

    private BoardPaths() {}
}
