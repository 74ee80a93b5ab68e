package fr.conciergeriesolidaire.functions.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delivery state of each e-mail of a feature's records (orders, sign-ups...), changed only by conditional
 * writes, so that two senders never send the same e-mail at once. Implemented on the records' own DynamoDB items
 * ({@code aws.DynamoDbOutbox}); held in memory by unit tests.
 */
public interface Outbox {
    /** The recipient key of the team's alert, added to a record when one of its e-mails is given up. */
    String ALERT = "alert";

    /**
     * Takes one e-mail for sending if it is still due: pending and due, or held by a sender whose lease ran out.
     *
     * @return the attempt number, or empty if another sender has it or it is settled
     */
    Optional<Integer> claim(String key, String recipient, String claim, Instant now, Instant leaseUntil);

    /** Records the e-mail as sent, if {@code claim} still holds it; false if the claim was lost meanwhile. */
    boolean markSent(String key, String recipient, String claim, Instant now);

    /** Releases the claim and schedules the next attempt. */
    boolean retryLater(String key, String recipient, String claim, Instant nextAttemptAt);

    /** Marks the e-mail failed, flags the record for the team's attention and adds the team's alert. */
    boolean giveUp(String key, String recipient, String claim, Instant now);

    /**
     * Records that the mail service could not deliver an e-mail it had accepted (a bounce, a complaint...) and flags
     * the record for the team's attention; false if the record or that e-mail no longer exists.
     *
     * @param what the kind of notification, e.g. {@code BOUNCE}, {@code COMPLAINT}
     */
    boolean recordUndelivered(String key, String recipient, String what, Instant at);

    /** Keeps the record in the sweeper's view while an e-mail is unsettled, and takes it out once none is. */
    void settle(String key, Map<String, Delivery> deliveries);

    /** Keys of records with an e-mail due at {@code now}, oldest first, at most {@code limit}. */
    List<String> due(Instant now, int limit);
}
