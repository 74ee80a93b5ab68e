package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.screens.Moments;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What admins did to a member, in words, newest first, for {@code pages/trail.ftlh}: when, which admin, and what
 * (the action's wording, with the role and counters given by name: the entry's detail holds their ids, as {@link
 * MemberService} writes it).
 */
final class MemberTrail {
    private final Wording wording;
    private final CounterNames counters;
    private final Moments moments;

    MemberTrail(Wording wording, CounterNames counters, Moments moments) {
        this.wording = wording;
        this.counters = counters;
        this.moments = moments;
    }

    List<Map<String, String>> rows(List<AuditEntry> entries) {
        return entries.stream()
                .map(entry -> Map.of(
                        "when", moments.of(entry.at()),
                        "who", entry.memberName(),
                        "what", what(entry),
                        "reason", ""))
                .toList();
    }

    private String what(AuditEntry entry) {
        String action = wording.containsKey(entry.action()) ? wording.get(entry.action()) : entry.action();
        return access(entry.detail())
                .map(access -> wording.format("audit.member.withAccess", action, access))
                .orElse(action);
    }

    /** "Comptoir : Comptoir des Tilleuls, Comptoir du Canal" from "COUNTER comptoir-tilleuls,comptoir-canal". */
    private Optional<String> access(String detail) {
        if (detail.isBlank()) {
            return Optional.empty();
        }
        String[] parts = detail.split(" ", 2);
        Optional<Role> role = Role.parse(parts[0]);
        if (role.isEmpty()) {
            return Optional.of(detail);
        }
        String label = wording.get(role.get().wordingKey());
        if (parts.length == 1) {
            return Optional.of(label);
        }
        List<String> names = counters.of(Arrays.asList(parts[1].split(",")));
        return Optional.of(wording.format("audit.member.roleAndCounters", label, String.join(", ", names)));
    }
}
