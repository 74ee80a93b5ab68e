package fr.conciergeriesolidaire.functions.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date field as a date input sends it ({@code YYYY-MM-DD}) that must fall between today and a last day, both
 * included; "today" is the caller's, in the organisation's time zone.
 */
public final class DateField {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String field;
    private final String missingKey;

    /** @param missingKey the message, in the site's wording, when no date was given */
    public DateField(String field, String missingKey) {
        this.field = field;
        this.missingKey = missingKey;
    }

    public Optional<LocalDate> read(Optional<String> text, LocalDate today, LocalDate last, FieldErrors errors) {
        if (text.isEmpty()) {
            errors.add(field, missingKey);
            return Optional.empty();
        }
        String value = text.get().strip();
        if (!DATE.matcher(value).matches()) {
            errors.add(field, "error.date.format");
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException invalid) {
            errors.add(field, "error.date.unknown");
            return Optional.empty();
        }
        if (date.isBefore(today)) {
            errors.add(field, "error.date.past");
            return Optional.empty();
        }
        if (date.isAfter(last)) {
            errors.add(field, "error.date.tooLate", ChronoUnit.DAYS.between(today, last));
            return Optional.empty();
        }
        return Optional.of(date);
    }
}
