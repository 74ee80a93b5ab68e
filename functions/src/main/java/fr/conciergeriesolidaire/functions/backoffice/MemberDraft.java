package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.Role;
import java.util.List;
import java.util.Optional;

/**
 * A member as the admin's form describes them, valid.
 *
 * @param email the normalised address, for a new member only (an address is never changed: remove and add instead)
 * @param counters empty unless the role is {@link Role#COUNTER}
 * @param seenVersion the version the admin changed, for a change only
 */
record MemberDraft(Optional<String> email, String name, Role role, List<String> counters, long seenVersion) {
    MemberDraft {
        counters = List.copyOf(counters);
    }
}
