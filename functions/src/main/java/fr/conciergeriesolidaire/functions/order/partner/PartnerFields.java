package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.functions.order.LineStatus;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a partner's answer (besides {@code version} and {@code reason}, {@code order.ChangeForms}): which
 * order and which of its lines, and the answer as its button says it. Labels are {@code partner.<field>}.
 */
final class PartnerFields {
    static final String LABELS = "partner";
    static final String REFERENCE = "reference";
    static final String LINE = "line";
    static final String ANSWER = "answer";
    /** The hidden field of the page's forms, bound to the link ({@link PartnerFormGuard}). */
    static final String CSRF = "csrf";

    /** Each answer as a button sends it. */
    static final Map<String, LineStatus> ANSWERS = Map.of(
            "accepte", LineStatus.ACCEPTED,
            "refuse", LineStatus.REFUSED,
            "pret", LineStatus.READY);

    private PartnerFields() {}

    static Optional<LineStatus> answer(String value) {
        return Optional.ofNullable(ANSWERS.get(value));
    }

    /** The flash message's name after that answer. */
    static String done(LineStatus answer) {
        return switch (answer) {
            case ACCEPTED -> "service-accepte";
            case REFUSED -> "service-refuse";
            case READY -> "service-pret";
            case PENDING -> throw new IllegalArgumentException("Not an answer");
        };
    }
}
