package fr.conciergeriesolidaire.functions.subscription;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One change of a sign-up, written in one conditional update on the version that was read: a new status, a note, the
 * start date or headcount as agreed, and the entry of its audit trail.
 */
public record SignUpChange(
        String reference,
        long seenVersion,
        Optional<SignUpStatus> status,
        Optional<SignUpNote> note,
        Optional<LocalDate> startDate,
        Optional<Integer> employees,
        SignUpEvent event) {}
