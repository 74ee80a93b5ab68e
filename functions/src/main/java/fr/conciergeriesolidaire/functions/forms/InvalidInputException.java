package fr.conciergeriesolidaire.functions.forms;

import java.util.List;

/** The submission was refused at the edge (400): every problem found, each tied to its field. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What the person reads first when no more precise summary applies. */
    public static final Message DEFAULT_SUMMARY = Message.of("form.errors.summary");

    private final Message summary;
    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        this(DEFAULT_SUMMARY, errors);
    }

    public InvalidInputException(Message summary, List<FieldError> errors) {
        super("Invalid submission on fields "
                + errors.stream().map(FieldError::field).toList());
        this.summary = summary;
        this.errors = List.copyOf(errors);
    }

    /** A body that cannot be read at all (malformed JSON or form encoding): no field to point at. */
    public static InvalidInputException unreadable(String summaryKey) {
        return new InvalidInputException(Message.of(summaryKey), List.of());
    }

    public Message summary() {
        return summary;
    }

    public static InvalidInputException of(String field, String key, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, Message.of(key, arguments))));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
