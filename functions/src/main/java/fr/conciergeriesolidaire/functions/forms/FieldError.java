package fr.conciergeriesolidaire.functions.forms;

/** What is wrong with one submitted field, named as in the form and the JSON body. */
public record FieldError(String field, Message message) {}
