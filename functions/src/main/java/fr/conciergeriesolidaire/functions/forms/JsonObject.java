package fr.conciergeriesolidaire.functions.forms;

import java.util.Collections;
import java.util.Map;

/** A JSON object as {@link Json} reads it: its members in the order they came, values as plain Java ones. */
public record JsonObject(Map<String, Object> members) {
    public JsonObject {
        members = Collections.unmodifiableMap(members);
    }

    /** The member's value; null when it is absent or JSON {@code null}. */
    public Object get(String name) {
        return members.get(name);
    }
}
