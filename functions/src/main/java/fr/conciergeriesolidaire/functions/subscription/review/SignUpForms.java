package fr.conciergeriesolidaire.functions.subscription.review;

import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.COUNTER;
import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.EMPLOYEES;
import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.NOTE;
import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.REASON;
import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.START_DATE;
import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.STATUS;
import static fr.conciergeriesolidaire.functions.subscription.SignUpChangeFields.VERSION;

import fr.conciergeriesolidaire.catalog.CompanyOffer;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.FormReader;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.Texts;
import fr.conciergeriesolidaire.functions.subscription.SignUpHeadcount;
import fr.conciergeriesolidaire.functions.subscription.SignUpStatus;
import fr.conciergeriesolidaire.functions.subscription.SignUpTerms;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the team's three forms on a sign-up, every field at once, each with the version of the sign-up it was made on:
 * the next step (and the reason to drop it), a note, the terms as agreed. What the sign-up's status allows is the
 * life's business ({@code SubscriptionLife}); here, only what was typed.
 */
final class SignUpForms {
    static final int REASON_MAX_LENGTH = 500;
    static final int NOTE_MAX_LENGTH = 2000;
    /** A start date agreed may be in the past (recorded afterwards), never before the conciergerie existed. */
    private static final LocalDate FIRST_START = LocalDate.of(2021, 1, 1);

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final CompanyOffer offer;
    private final CompanySites sites;
    private final Period maxStartAdvance;

    SignUpForms(SiteData data, CompanySites sites) {
        this.offer = data.offer().company();
        this.sites = sites;
        this.maxStartAdvance = data.policies().subscriptions().maxStartAdvance();
    }

    record Move(long version, SignUpStatus to, Optional<String> reason) {}

    record Note(long version, String text) {}

    record Terms(long version, SignUpTerms terms) {}

    Move move(SubmittedFields fields) {
        FormReader form = new FormReader(fields);
        long version = version(form);
        Optional<SignUpStatus> to = form.required(STATUS).flatMap(typed -> {
            Optional<SignUpStatus> known = status(typed);
            if (known.isEmpty()) {
                form.errors().add(STATUS, "signup.review.status.unknown");
            }
            return known;
        });
        Optional<String> reason = form.optional(REASON, typed -> Texts.multiLine(typed, REASON_MAX_LENGTH));
        form.errors().throwIfAny();
        return new Move(version, to.orElseThrow(), reason);
    }

    Note note(SubmittedFields fields) {
        FormReader form = new FormReader(fields);
        long version = version(form);
        Optional<String> text = form.required(NOTE, typed -> Texts.multiLine(typed, NOTE_MAX_LENGTH));
        form.errors().throwIfAny();
        return new Note(version, text.orElseThrow());
    }

    /** @param today in the conciergerie's time zone: a start date is at most policies.yaml's advance after it */
    Terms terms(SubmittedFields fields, LocalDate today) {
        FormReader form = new FormReader(fields);
        long version = version(form);
        Optional<LocalDate> start = form.required(START_DATE).flatMap(typed -> date(typed, today, form.errors()));
        Optional<Integer> employees = SignUpHeadcount.read(form, EMPLOYEES, offer);
        Optional<String> site = form.text(COUNTER).map(String::strip);
        if (site.isPresent() && !sites.contains(site.get())) {
            form.errors().add(COUNTER, "signup.review.counter.unknown");
        }
        form.errors().throwIfAny();
        return new Terms(version, new SignUpTerms(start.orElseThrow(), employees.orElseThrow(), site));
    }

    private Optional<LocalDate> date(String typed, LocalDate today, FieldErrors errors) {
        String value = typed.strip();
        if (!DATE.matcher(value).matches()) {
            errors.add(START_DATE, "error.date.format");
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException invalid) {
            errors.add(START_DATE, "error.date.unknown");
            return Optional.empty();
        }
        LocalDate last = today.plus(maxStartAdvance);
        if (date.isAfter(last)) {
            errors.add(START_DATE, "error.date.tooLate", ChronoUnit.DAYS.between(today, last));
            return Optional.empty();
        }
        if (date.isBefore(FIRST_START)) {
            errors.add(START_DATE, "signup.review.startDate.tooEarly", FrenchFormat.date(FIRST_START));
            return Optional.empty();
        }
        return Optional.of(date);
    }

    /** The version, or 0 with the error added when the form has none (a page too old, or tampered with). */
    private static long version(FormReader form) {
        long version = form.number(VERSION).filter(number -> number > 0).orElse(0L);
        if (version == 0 && !form.errors().has(VERSION)) {
            form.errors().add(VERSION, "signup.review.version.invalid");
        }
        return version;
    }

    static Optional<SignUpStatus> status(String typed) {
        for (SignUpStatus status : SignUpStatus.values()) {
            if (status.name().equals(typed.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
