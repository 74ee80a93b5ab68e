package fr.conciergeriesolidaire.functions.forms;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the fields of one submission through the rules every form shares, collecting every problem (one French
 * message per field) so the person sees them all at once. A value that breaks a rule reads as empty.
 */
public final class FormReader {
    public static final int NAME_MAX_LENGTH = 60;
    static final String REQUIRED = "error.required";

    private final SubmittedFields fields;
    private final FieldErrors errors = new FieldErrors();

    public FormReader(SubmittedFields fields) {
        this.fields = fields;
    }

    public SubmittedFields fields() {
        return fields;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** The raw text, blank as empty; a value of the wrong type is an error. */
    public Optional<String> text(String field) {
        return fields.text(field, errors);
    }

    /** A whole number: a JSON integer, or digits in a form. */
    public Optional<Long> number(String field) {
        return fields.number(field, errors);
    }

    public Optional<String> required(String field) {
        Optional<String> value = text(field);
        if (value.isEmpty() && !errors.has(field)) {
            errors.add(field, REQUIRED);
        }
        return value;
    }

    /** A required value that {@code rule} cleans or refuses. */
    public Optional<String> required(String field, Function<String, Checked> rule) {
        return required(field).flatMap(typed -> cleaned(rule.apply(typed), field));
    }

    /** An optional value that {@code rule} cleans or refuses. */
    public Optional<String> optional(String field, Function<String, Checked> rule) {
        return text(field).flatMap(typed -> cleaned(rule.apply(typed), field));
    }

    /** A required value that {@code rule} normalises, or refuses with the message of {@code messageKey}. */
    public Optional<String> required(String field, Function<String, Optional<String>> rule, String messageKey) {
        return required(
                field, typed -> rule.apply(typed).map(Checked::value).orElseGet(() -> Checked.error(messageKey)));
    }

    public Optional<String> name(String field) {
        return required(field, typed -> Texts.name(typed, NAME_MAX_LENGTH));
    }

    /** First and last name, French phone and e-mail: how every form reaches its person. */
    public Optional<ContactDetails> contact() {
        Optional<String> firstName = name(CommonFields.FIRST_NAME);
        Optional<String> lastName = name(CommonFields.LAST_NAME);
        Optional<String> phone = required(CommonFields.PHONE, FrenchPhoneNumbers::toE164, "form.phone.invalid");
        Optional<String> email = required(CommonFields.EMAIL, EmailAddresses::normalise, "form.email.invalid");
        if (firstName.isEmpty() || lastName.isEmpty() || phone.isEmpty() || email.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContactDetails(firstName.get(), lastName.get(), phone.get(), email.get()));
    }

    /** The consent checkbox must be ticked; the message of {@code messageKey} says what it is needed for. */
    public void consent(String messageKey) {
        if (!fields.checked(CommonFields.CONSENT, errors)) {
            errors.add(CommonFields.CONSENT, messageKey);
        }
    }

    /** The idempotency key the page's script sent, if any; a malformed one means a tampered or stale form. */
    public Optional<String> clientKey() {
        Optional<String> key = text(CommonFields.IDEMPOTENCY_KEY);
        if (key.isPresent() && !IdempotencyKeys.isWellFormed(key.get())) {
            errors.add(CommonFields.IDEMPOTENCY_KEY, "form.idempotencyKey.invalid");
        }
        return key;
    }

    private Optional<String> cleaned(Checked result, String field) {
        result.error().ifPresent(message -> errors.add(field, message));
        return result.error().isPresent() || result.value().isEmpty() ? Optional.empty() : Optional.of(result.value());
    }
}
