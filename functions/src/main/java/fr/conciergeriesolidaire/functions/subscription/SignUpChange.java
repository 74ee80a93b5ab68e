package fr.conciergeriesolidaire.functions.subscription;

import java.util.Optional;

/**
 * One change of a sign-up, written in one conditional update on the version that was read: a new status, a note, the
 * terms as agreed (start date, headcount, company site), and the entry of its audit trail.
 */
public record SignUpChange(
        String reference,
        long seenVersion,
        Optional<SignUpStatus> status,
        Optional<SignUpNote> note,
        Optional<SignUpTerms> terms,
        SignUpEvent event) {}
