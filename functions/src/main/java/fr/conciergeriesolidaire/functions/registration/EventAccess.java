package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.AccessDeniedException;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;

/**
 * Which events' registrations a member may see and mark: every event for the admins and the team; for a concierge
 * (role COUNTER), the events of the neighbourhoods of their counters (site/data/counters.yaml).
 */
final class EventAccess {
    private final SiteData data;

    EventAccess(SiteData data) {
        this.data = data;
    }

    boolean mayServe(SignedInMember member, ProgrammeEvent event) {
        if (member.role() != Role.COUNTER) {
            return true;
        }
        return data.counters().stream()
                .filter(counter -> member.counters().contains(counter.id()))
                .anyMatch(counter -> event.neighbourhood().equals(counter.neighbourhood()));
    }

    /** @throws AccessDeniedException unless the member may serve that event (403) */
    void check(SignedInMember member, ProgrammeEvent event) {
        member.require(Role.ADMIN, Role.TEAM, Role.COUNTER);
        if (!mayServe(member, event)) {
            throw new AccessDeniedException();
        }
    }
}
