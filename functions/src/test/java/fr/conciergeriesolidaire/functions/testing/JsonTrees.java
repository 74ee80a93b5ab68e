package fr.conciergeriesolidaire.functions.testing;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Data binding for the tests only (the functions use streaming JSON): reads answers, builds bodies to alter. */
public final class JsonTrees {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonTrees() {}
}
