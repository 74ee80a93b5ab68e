package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The first admin, from the deployment's {@code AdminEmail} parameter: made when a sign-in link is asked for that
 * address while the team has no admin at all (the first deployment; or every admin gone). Once the team has an admin,
 * the parameter gives nothing: an admin removed by another stays removed. Its id derives from the address, so two
 * requests handled at once make one member, whatever an index shows yet.
 */
final class FirstAdmin {
    private final Optional<String> adminEmail;
    private final MemberStore members;

    /** @param adminEmail the parameter's address, normalised; empty when the deployment sets none */
    FirstAdmin(Optional<String> adminEmail, MemberStore members) {
        this.adminEmail = adminEmail;
        this.members = members;
    }

    /** The admin made for that address, if it is the parameter's and the team has no admin. */
    Optional<Member> make(String email, String emailHash, Instant now) {
        if (adminEmail.isEmpty() || !adminEmail.get().equals(email) || members.anyAdmin()) {
            return Optional.empty();
        }
        Member admin = new Member(
                "admin-" + emailHash.substring(0, 24),
                email,
                emailHash,
                email.substring(0, email.indexOf('@')),
                Role.ADMIN,
                List.of(),
                1,
                now,
                Optional.empty());
        return members.add(admin) ? Optional.of(admin) : members.find(admin.memberId());
    }
}
