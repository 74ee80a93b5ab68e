package fr.conciergeriesolidaire.functions.programme;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.CounterKind;
import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.AccessDeniedException;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The neighbourhoods of the data (site/data/counters.yaml), and those whose programme and proposals a member may see
 * and change. Admins and the team: all of them. A concierge ({@link Role#COUNTER}) is given counters (site/data/counters.yaml); each neighbourhood counter belongs to
 * one neighbourhood, so a concierge serves the neighbourhoods of their neighbourhood counters, and none through a
 * company site (which belongs to no neighbourhood).
 */
public final class Neighbourhoods {
    private final List<Neighbourhood> all;
    private final Map<String, String> neighbourhoodOfCounter;

    public Neighbourhoods(SiteData data) {
        this.all = data.neighbourhoods();
        this.neighbourhoodOfCounter = data.counters().stream()
                .filter(counter -> counter.kind() == CounterKind.NEIGHBOURHOOD)
                .collect(Collectors.toMap(Counter::id, Counter::neighbourhood));
    }

    /** What the member serves, in the data's order. */
    public List<Neighbourhood> servedBy(SignedInMember member) {
        return all.stream()
                .filter(neighbourhood -> mayServe(member, neighbourhood.id()))
                .toList();
    }

    public boolean mayServe(SignedInMember member, String neighbourhoodId) {
        if (member.role() != Role.COUNTER) {
            return exists(neighbourhoodId);
        }
        return member.counters().stream()
                .anyMatch(counter -> neighbourhoodId.equals(neighbourhoodOfCounter.get(counter)));
    }

    /** @throws AccessDeniedException unless the member serves that neighbourhood (403: nothing is shown nor changed) */
    public void require(SignedInMember member, String neighbourhoodId) {
        if (!mayServe(member, neighbourhoodId)) {
            throw new AccessDeniedException();
        }
    }

    /** Whether the data has a neighbourhood of that id. */
    public boolean exists(String neighbourhoodId) {
        return all.stream().anyMatch(neighbourhood -> neighbourhood.id().equals(neighbourhoodId));
    }

    /** The neighbourhood's name, or its id when the data no longer has it. */
    public String nameOf(String neighbourhoodId) {
        return all.stream()
                .filter(neighbourhood -> neighbourhood.id().equals(neighbourhoodId))
                .map(Neighbourhood::name)
                .findFirst()
                .orElse(neighbourhoodId);
    }
}
