package fr.conciergeriesolidaire.programme.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The problems found in an event's fields, each tied to the field to fix and to the rule it breaks. */
public final class FieldProblems {
    /**
     * A problem of one field ({@link EventFields}), or of the event as a whole when {@code field} is null.
     *
     * @param arguments what the rule's wording quotes (a maximum length, a number of places)
     * @param message the problem in French, for whoever wrote the event's Markdown
     */
    public record FieldProblem(String field, EventRule rule, List<Object> arguments, String message) {
        public FieldProblem {
            arguments = List.copyOf(arguments);
        }
    }

    private final List<FieldProblem> found = new ArrayList<>();

    public void add(String field, EventRule rule, String message, Object... arguments) {
        found.add(new FieldProblem(field, rule, Arrays.asList(arguments), message));
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
