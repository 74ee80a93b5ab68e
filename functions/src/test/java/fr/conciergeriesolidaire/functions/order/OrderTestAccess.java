package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.http.ErrorAnswers;

/** What tests of the shared packages may use of the order feature. */
public final class OrderTestAccess {
    private OrderTestAccess() {}

    public static ErrorAnswers errorAnswers() {
        return OrderPages.errorAnswers();
    }
}
