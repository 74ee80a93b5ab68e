package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import java.lang.System.Logger.Level;
import java.time.Instant;

/**
 * Asks the publisher for a new publish by counting a programme change ({@link ProgrammeChanges#record}), as the
 * team's edits do. A failure is logged, not thrown: the registration that caused it is stored and answered, and the
 * nightly publication (template.yaml's NightlyPublication) brings the pages back in step at worst.
 */
final class ProgrammePublication implements PublicPages {
    private static final System.Logger LOG = System.getLogger(ProgrammePublication.class.getName());

    private final ProgrammeChanges changes;

    ProgrammePublication(ProgrammeChanges changes) {
        this.changes = changes;
    }

    @Override
    public void fullnessChanged(String event, Instant now) {
        try {
            DynamoDbCalls.call(() -> changes.record(now));
        } catch (RuntimeException unavailable) {
            LOG.log(
                    Level.WARNING,
                    "The pages of {0} will follow at the next publication: {1}",
                    event,
                    unavailable.getClass().getSimpleName());
        }
    }
}
