package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.programme.proposals.Season;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A build without the proposals table (the Markdown build): it does not know, so its pages say nothing. */
public final class NoResidentIdeas implements ResidentIdeas {
    @Override
    public Optional<Map<String, Integer>> of(List<String> neighbourhoods, Season season, ZoneId zone) {
        return Optional.empty();
    }
}
