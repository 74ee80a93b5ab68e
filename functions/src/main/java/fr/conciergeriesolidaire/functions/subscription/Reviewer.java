package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.access.SignedInMember;

/**
 * The team member who changes a sign-up: their id, and their name as it was then (staff data, kept in the sign-up's
 * trail so that it still says who did what after the member leaves the team).
 */
public record Reviewer(String memberId, String name) {
    public static Reviewer of(SignedInMember member) {
        return new Reviewer(member.memberId(), member.name());
    }
}
