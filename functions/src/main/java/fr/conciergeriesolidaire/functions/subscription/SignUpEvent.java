package fr.conciergeriesolidaire.functions.subscription;

import java.time.Instant;
import java.util.Optional;

/**
 * One change of a sign-up, kept on it as long as it is (its audit trail): who (a member's id), when, what moved from
 * what to what ({@code status}, {@code startDate}, {@code employees}, {@code note}), and the reason given.
 */
public record SignUpEvent(Instant at, String by, String what, String from, String to, Optional<String> reason) {}
