package fr.conciergeriesolidaire.functions.forms;

/** A French message about one submitted field, named as in the form and the JSON body. */
public record FieldError(String field, String message) {}
