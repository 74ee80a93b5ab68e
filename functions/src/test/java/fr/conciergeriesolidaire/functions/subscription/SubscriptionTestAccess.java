package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.http.ErrorAnswers;

/** What tests of the shared packages may use of the sign-up feature. */
public final class SubscriptionTestAccess {
    private SubscriptionTestAccess() {}

    public static ErrorAnswers errorAnswers() {
        return SubscriptionPages.errorAnswers();
    }
}
