package fr.conciergeriesolidaire.functions.subscription;

import java.util.Set;

/**
 * Where a company's sign-up stands with the team: to review, contacted, agreement signed, active; or dropped ("sans
 * suite", with a reason), which frees the establishment's site for a new sign-up.
 */
public enum SignUpStatus {
    AWAITING_REVIEW,
    CONTACTED,
    AGREEMENT_SIGNED,
    ACTIVE,
    DROPPED;

    /** Where the team may move it from here: forward one step, or dropped while it is not active. */
    public Set<SignUpStatus> next() {
        return switch (this) {
            case AWAITING_REVIEW -> Set.of(CONTACTED, DROPPED);
            case CONTACTED -> Set.of(AGREEMENT_SIGNED, DROPPED);
            case AGREEMENT_SIGNED -> Set.of(ACTIVE, DROPPED);
            case ACTIVE, DROPPED -> Set.of();
        };
    }

    /** Whether it holds the establishment's site: every sign-up but a dropped one stops another for the same site. */
    public boolean holdsTheSite() {
        return this != DROPPED;
    }
}
