package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.functions.forms.Checked;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.Texts;
import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.programme.event.Disability;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.EventRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads the back-office's event forms into {@link EventDraft}s: every text through the rules every form of the API
 * shares (Unicode normalised, no hidden characters, one line where one is expected, within the event's own limits
 * from {@link EventRules#maxLength}), the form's choices turned into the fields the event's rules read (a place at the
 * counter or at an address, a registration or none). Whether the event is valid is the rules' business, not this
 * class's.
 */
final class EventForm {
    private static final List<String> LINES = List.of(
            EventFields.TITLE,
            EventFields.SUMMARY,
            EventFields.STATUS_NOTE,
            EventFields.PLACE_NAME,
            EventFields.ACCESS_NOTE);
    private static final List<String> CHOICES = List.of(
            EventFields.NEIGHBOURHOOD,
            EventFields.START,
            EventFields.END,
            EventFields.STATUS,
            EventFields.PARTNER,
            EventFields.CAPACITY,
            EventFields.PLACES_PER_REGISTRATION);

    private final SubmittedFields submitted;
    private final FieldErrors errors = new FieldErrors();
    private final Map<String, String> fields = new LinkedHashMap<>();

    private EventForm(SubmittedFields submitted) {
        this.submitted = submitted;
    }

    /** The whole event form (new, changed, copied). */
    static EventDraft read(SubmittedFields submitted) {
        EventForm form = new EventForm(submitted);
        LINES.forEach(field -> form.text(field, Texts::singleLine));
        CHOICES.forEach(form::choice);
        for (Disability disability : Disability.values()) {
            form.choice(disability.headerKey());
        }
        if (form.raw(EventFormFields.PLACE)
                .filter(EventFormFields.AT_ADDRESS::equals)
                .isPresent()) {
            form.text(EventFields.PLACE_ADDRESS, Texts::singleLine);
        }
        if (form.raw(EventFormFields.REGISTRATION_NEEDED).filter("yes"::equals).isPresent()) {
            form.text(EventFields.REGISTRATION, Texts::singleLine);
            if (!form.fields.containsKey(EventFields.REGISTRATION) && !form.errors.has(EventFields.REGISTRATION)) {
                form.errors.add(EventFields.REGISTRATION, "eventForm.registration.missing");
            }
        }
        String body = form.text(EventFields.BODY, Texts::multiLine).orElse("");
        return new EventDraft(form.fields, body, form.version(), form.proposal(), form.errors);
    }

    /** A postponement: a new start and end, or none (the new date is not known yet), and what to tell the public. */
    static EventDraft readPostponement(SubmittedFields submitted) {
        EventForm form = new EventForm(submitted);
        form.choice(EventFields.START);
        form.choice(EventFields.END);
        form.text(EventFields.STATUS_NOTE, Texts::singleLine);
        return new EventDraft(form.fields, "", form.version(), Optional.empty(), form.errors);
    }

    /** A cancellation: what to tell the public, which it needs. */
    static EventDraft readCancellation(SubmittedFields submitted) {
        EventForm form = new EventForm(submitted);
        form.text(EventFields.STATUS_NOTE, Texts::singleLine);
        if (!form.fields.containsKey(EventFields.STATUS_NOTE) && !form.errors.has(EventFields.STATUS_NOTE)) {
            form.errors.add(EventFields.STATUS_NOTE, "eventForm.cancel.noteMissing");
        }
        return new EventDraft(form.fields, "", form.version(), Optional.empty(), form.errors);
    }

    private Optional<String> raw(String field) {
        return submitted.text(field, errors).map(String::strip);
    }

    /** A choice or a value the rules check as typed (a date, a number, an id). */
    private void choice(String field) {
        raw(field).ifPresent(value -> fields.put(field, value));
    }

    /** A text cleaned by a rule every form shares, within the event's limit for it. */
    private Optional<String> text(String field, BiFunction<String, Integer, Checked> rule) {
        Optional<String> typed = submitted.text(field, errors);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Checked checked = rule.apply(typed.get(), EventRules.maxLength(field));
        checked.error().ifPresent(message -> errors.add(field, message));
        if (checked.error().isPresent() || checked.value().isEmpty()) {
            return Optional.empty();
        }
        fields.put(field, checked.value());
        return Optional.of(checked.value());
    }

    private long version() {
        return submitted.number(EventFormFields.VERSION, errors).orElse(0L);
    }

    /** The proposal's reference, when the form names a well-formed one. */
    private Optional<String> proposal() {
        Optional<String> typed = raw(EventFormFields.PROPOSAL);
        Optional<String> reference = typed.flatMap(References::parse);
        if (typed.isPresent() && reference.isEmpty()) {
            errors.add(EventFormFields.PROPOSAL, "programme.version.invalid");
        }
        return reference;
    }
}
