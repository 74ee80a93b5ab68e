package fr.conciergeriesolidaire.functions.subscription;

import java.time.Instant;

/** A note of the team on a sign-up (a call, what the company asked): who wrote it (id, and name then) and when. */
public record SignUpNote(Instant at, String by, String byName, String text) {}
