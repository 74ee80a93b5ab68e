package fr.conciergeriesolidaire.functions.privacy;

import java.time.Instant;

/**
 * Adds the e-mail key ({@link EmailKeys#ATTRIBUTE}) to the records of a kind that were stored before it existed, so
 * that "Mes données" finds them too. Run once after deploying (README, "Mes données"); each run goes on where the
 * records still lack a key, and running it again changes nothing.
 */
public interface EmailKeyBackfill {
    /** What a run did. */
    record Outcome(String kind, int examined, int keyed, boolean finished) {}

    /** Keys every record without one, until done or {@code deadline}. */
    Outcome run(Instant deadline);
}
