package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.forms.FormReader;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the member form, every field at once: a name, an address (new members only), a role, and for the role
 * {@link Role#COUNTER} at least one counter of site/data/counters.yaml (neighbourhood counters and company sites).
 */
final class MemberValidator {
    private final List<String> counterIds;

    MemberValidator(SiteData data) {
        this.counterIds = data.counters().stream().map(Counter::id).toList();
    }

    MemberDraft validateNew(SubmittedFields fields) {
        return validate(fields, true);
    }

    MemberDraft validateChange(SubmittedFields fields) {
        return validate(fields, false);
    }

    private MemberDraft validate(SubmittedFields fields, boolean isNew) {
        FormReader reader = new FormReader(fields);
        Optional<String> name = reader.name(MemberFields.NAME);
        Optional<String> email = isNew
                ? reader.required(MemberFields.EMAIL, MemberAddresses::normalise, "form.email.invalid")
                : Optional.empty();
        Optional<Role> role = reader.required(MemberFields.ROLE).flatMap(typed -> {
            Optional<Role> known = Role.parse(typed);
            if (known.isEmpty()) {
                reader.errors().add(MemberFields.ROLE, "member.role.unknown");
            }
            return known;
        });
        List<String> counters = counters(reader);
        if (role.isPresent() && role.get() == Role.COUNTER && counters.isEmpty()) {
            reader.errors().add(MemberFields.COUNTERS, "member.counters.missing");
        }
        long version = isNew ? 0 : MemberVersion.read(reader.fields(), reader.errors());
        reader.errors().throwIfAny();
        return new MemberDraft(
                email,
                name.orElseThrow(),
                role.orElseThrow(),
                role.get() == Role.COUNTER ? counters : List.of(),
                version);
    }

    /** The ticked counters, in the catalogue's order; a counter the catalogue does not know is an error. */
    private List<String> counters(FormReader reader) {
        List<String> ticked = new ArrayList<>();
        reader.fields().prefixed(MemberFields.COUNTER_PREFIX).forEach((id, value) -> {
            if (!value.equals("yes") && !value.equals("on")) {
                return;
            }
            if (!counterIds.contains(id)) {
                reader.errors().add(MemberFields.COUNTERS, "member.counters.unknown");
            } else if (!ticked.contains(id)) {
                ticked.add(id);
            }
        });
        return counterIds.stream().filter(ticked::contains).toList();
    }
}
