package fr.conciergeriesolidaire.functions.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date field as a date input sends it ({@code YYYY-MM-DD}) that must fall between today and a last day, both
 * included; "today" is the caller's, in the organisation's time zone.
 */
public final class DateField {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String field;
    private final String missingMessage;
    private final String tooLateMessage;

    public DateField(String field, String missingMessage, String tooLateMessage) {
        this.field = field;
        this.missingMessage = missingMessage;
        this.tooLateMessage = tooLateMessage;
    }

    public Optional<LocalDate> read(Optional<String> text, LocalDate today, LocalDate last, FieldErrors errors) {
        if (text.isEmpty()) {
            errors.add(field, missingMessage);
            return Optional.empty();
        }
        String value = text.get().strip();
        if (!DATE.matcher(value).matches()) {
            errors.add(field, "Date invalide (format attendu\u00a0: AAAA-MM-JJ).");
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException invalid) {
            errors.add(field, "Cette date n'existe pas.");
            return Optional.empty();
        }
        if (date.isBefore(today)) {
            errors.add(field, "Cette date est passée.");
            return Optional.empty();
        }
        if (date.isAfter(last)) {
            errors.add(field, tooLateMessage);
            return Optional.empty();
        }
        return Optional.of(date);
    }
}
