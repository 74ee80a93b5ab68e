package fr.conciergeriesolidaire.functions.reporting;

import java.util.List;

/**
 * The stored values the reports read that other features write: status names of orders, their lines and sign-ups
 * (the names of {@code order.OrderStatus}, {@code order.LineStatus} and {@code subscription.SignUpStatus}: a test
 * holds them equal, since this feature may not depend on those).
 */
final class StoredValues {
    static final String ORDER_CANCELLED = "CANCELLED";
    static final String LINE_REFUSED = "REFUSED";
    static final String SIGN_UP_ACTIVE = "ACTIVE";

    static final List<String> ORDER_STATUSES = List.of("RECEIVED", "READY", "GIVEN_BACK", ORDER_CANCELLED);
    static final List<String> LINE_STATUSES = List.of("PENDING", "ACCEPTED", LINE_REFUSED, "READY");
    /** In the order of a sign-up's life: the exports list them so. */
    static final List<String> SIGN_UP_STATUSES =
            List.of("AWAITING_REVIEW", "CONTACTED", "AGREEMENT_SIGNED", SIGN_UP_ACTIVE, "DROPPED");

    private StoredValues() {}
}
