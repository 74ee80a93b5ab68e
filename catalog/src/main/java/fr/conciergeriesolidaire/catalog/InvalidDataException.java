package fr.conciergeriesolidaire.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** The data files cannot be used: every problem found is listed, not only the first. */
public class InvalidDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<DataError> errors;

    public InvalidDataException(List<DataError> errors) {
        super("Données invalides dans site/data :\n"
                + errors.stream().map(error -> "  - " + error).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<DataError> errors() {
        return errors;
    }
}
