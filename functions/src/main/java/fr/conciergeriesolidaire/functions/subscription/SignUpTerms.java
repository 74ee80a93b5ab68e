package fr.conciergeriesolidaire.functions.subscription;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What the team agreed with the company: the start date, the headcount the subscription is counted on, and the
 * company site (a counter of kind {@code company} in site/data/counters.yaml) where the concierge comes and where its
 * employees' orders are taken, once it exists. The quote sent with the sign-up stays as it was.
 */
public record SignUpTerms(LocalDate startDate, int employees, Optional<String> counterId) {
    private static final String SEPARATOR = " / ";
    private static final String NO_SITE = "-";

    /** The terms as stored on the sign-up now. */
    public static SignUpTerms of(StoredSubscription signUp) {
        return new SignUpTerms(signUp.request().startDate(), signUp.request().employees(), signUp.counterId());
    }

    /** As the trail keeps them: {@code 2026-04-01 / 120 / site-entreprise-bailleur} (ids and numbers only). */
    public String text() {
        return startDate + SEPARATOR + employees + SEPARATOR + counterId.orElse(NO_SITE);
    }

    /** The terms a trail entry names; empty for a text that is none (the trail is shown as stored then). */
    public static Optional<SignUpTerms> parse(String text) {
        String[] parts = text.split(SEPARATOR, -1);
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        try {
            Optional<String> site =
                    parts.length == 3 && !parts[2].equals(NO_SITE) ? Optional.of(parts[2]) : Optional.empty();
            return Optional.of(new SignUpTerms(LocalDate.parse(parts[0]), Integer.parseInt(parts[1]), site));
        } catch (DateTimeParseException | NumberFormatException notTerms) {
            return Optional.empty();
        }
    }
}
