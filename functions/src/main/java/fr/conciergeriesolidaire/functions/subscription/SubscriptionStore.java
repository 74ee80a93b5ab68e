package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where sign-ups live. Implemented on DynamoDB; failures to reach it are {@code StorageUnavailableException}s. */
public interface SubscriptionStore extends StoredNotifications.Records<StoredSubscription> {
    /** The sign-up stored for this submission, and whether this call stored it (false for a replay). */
    record Placement(StoredSubscription subscription, boolean created) {}

    /** The sign-up this very submission already stored for that site, if it did; never a write. */
    Optional<Placement> replay(IdempotencyKey key, String site, Instant now);

    /**
     * Stores the sign-up once per idempotency key, in one write, unless another one for the same establishment
     * and site still awaits review ({@code DuplicateSubmissionException} naming it).
     *
     * @param site the establishment's site as a keyed hash ({@code IdempotencyKeys.thing})
     * @param emailHash the contact's e-mail key ({@code privacy.EmailKeys}), which "Mes données" finds it by
     */
    Placement place(SubscriptionRequest request, IdempotencyKey key, String site, String emailHash, Instant now);

    /** The sign-up as stored now (strongly consistent read), by its reference. */
    @Override
    Optional<StoredSubscription> find(String reference);

    /**
     * Applies a change in one conditional write, if the sign-up is still at the version that was read.
     *
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException if it changed meanwhile
     */
    StoredSubscription change(SignUpChange change);

    /** The live sign-ups whose contact's e-mail key is {@code emailHash} ("Mes données", its index). */
    List<StoredSubscription> holding(String emailHash);

    /**
     * Deletes the sign-up, its notes, trail and e-mails still to send with it, if its contact's e-mail key is still
     * {@code emailHash}; false otherwise. Its establishment's site is free again.
     */
    boolean delete(String reference, String emailHash);

    /** The sign-ups of one status, oldest first (the review screen's index). */
    List<StoredSubscription> withStatus(SignUpStatus status);
}
