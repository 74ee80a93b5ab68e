package fr.conciergeriesolidaire.functions.templates;

/** An e-mail as its template wrote it: a subject without line breaks, and the same message in text and in HTML. */
public record MailContent(String subject, String text, String html) {}
