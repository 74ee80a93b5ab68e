package fr.conciergeriesolidaire.functions.programme;

import java.lang.System.Logger.Level;
import java.time.Instant;

/**
 * Asks for the public site to be published again after a change it shows (an event saved, a proposal that changes a
 * neighbourhood's count of ideas): the publisher in AWS, the local runner's live site locally. Implemented on the
 * publication table's change count ({@link DynamoDbProgrammePublication}).
 */
public interface ProgrammePublication {
    /**
     * Counts one change made at {@code at}.
     *
     * @throws fr.conciergeriesolidaire.functions.records.StorageUnavailableException when it cannot be counted
     */
    void changed(Instant at);

    /**
     * Counts the change if it can. The change itself is stored whatever happens here: when it cannot be counted, the
     * next change or the nightly publish (NightlyPublication in template.yaml) shows it.
     *
     * @return whether the publish was asked for
     */
    default boolean ask(Instant at) {
        try {
            changed(at);
            return true;
        } catch (RuntimeException later) {
            System.getLogger(ProgrammePublication.class.getName())
                    .log(
                            Level.WARNING,
                            "Publication not asked for, the next change or the nightly one will: {0}",
                            later.getClass().getSimpleName());
            return false;
        }
    }
}
