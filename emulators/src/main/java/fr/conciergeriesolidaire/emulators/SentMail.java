package fr.conciergeriesolidaire.emulators;

import java.util.List;

/** One e-mail as aws-ses-v2-local recorded it. */
public record SentMail(String from, List<String> replyTo, List<String> to, String subject, String text, String html) {}
