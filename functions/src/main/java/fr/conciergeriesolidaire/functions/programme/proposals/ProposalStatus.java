package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.programme.proposals.ProposalIndex;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a resident's idea stands with the team; its name in French is {@code proposal.status.<name>}. Only {@link
 * #SET_ASIDE} leaves the idea out of the neighbourhood's count (it was no idea: spam, abuse); a declined idea still
 * came from a resident.
 */
public enum ProposalStatus {
    NEW,
    STUDYING,
    ACCEPTED,
    DECLINED,
    SET_ASIDE;

    /** The key of its name in the site's wording, e.g. {@code proposal.status.studying}. */
    public String wordingKey() {
        return "proposal.status." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** Whether the neighbourhood's count of ideas includes it. */
    public boolean counts() {
        return !name().equals(ProposalIndex.SET_ASIDE);
    }

    /** Whether the team has still to decide on it ("Mes données" shows the idea as in progress). */
    public boolean awaitsTheTeam() {
        return this == NEW || this == STUDYING;
    }

    public static Optional<ProposalStatus> parse(String name) {
        for (ProposalStatus status : values()) {
            if (status.name().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
