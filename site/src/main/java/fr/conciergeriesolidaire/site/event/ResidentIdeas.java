package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.programme.proposals.Season;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a build learns how many ideas of animations residents proposed this season, neighbourhood by neighbourhood
 * (what each neighbourhood page says): the proposals table ({@link TableResidentIdeas}: the publisher and the local
 * runner, which are asked to build again when a proposal arrives), or nowhere ({@link NoResidentIdeas}: {@code
 * ./mvnw package} and the tests, whose pages then say nothing about it). Read once per build, never through the API.
 */
public interface ResidentIdeas {
    /** The count of each neighbourhood, or empty when this build has no source for it. */
    Optional<Map<String, Integer>> of(List<String> neighbourhoods, Season season, ZoneId zone);
}
