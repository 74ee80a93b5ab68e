package fr.conciergeriesolidaire.programme.event;

import java.util.ArrayList;
import java.util.List;

/** The problems found in an event's fields, each tied to the field to fix, in French. */
public final class FieldProblems {
    /** A problem of one field ({@link EventFields}), or of the event as a whole when {@code field} is null. */
    public record FieldProblem(String field, String message) {}

    private final List<FieldProblem> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(new FieldProblem(field, message));
    }

    public List<FieldProblem> all() {
        return List.copyOf(found);
    }

    public int count() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }
}
