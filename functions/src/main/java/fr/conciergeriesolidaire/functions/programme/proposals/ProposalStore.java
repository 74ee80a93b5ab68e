package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.forms.IdempotencyKey;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where proposals live. Implemented on DynamoDB; failures to reach it are {@code StorageUnavailableException}s. */
public interface ProposalStore extends StoredNotifications.Records<StoredProposal> {
    /** The proposal stored for a submission, and whether this call stored it (false for a replay). */
    record Placement(StoredProposal proposal, boolean created) {}

    /** The proposal this very submission already stored, if it did; never a write. */
    Optional<Placement> replay(IdempotencyKey key, Instant now);

    /**
     * Stores the proposal once per idempotency key, in one write.
     *
     * @param emailHash the keyed hash of the address given ({@code privacy.EmailKeys}), indexed for "Mes données"
     */
    Placement place(ProposalRequest request, Optional<String> emailHash, IdempotencyKey key, Instant now);

    /** The proposal as stored now (strongly consistent read), by its reference; empty once expired. */
    @Override
    Optional<StoredProposal> find(String reference);

    /** A neighbourhood's latest proposals, newest first, at most {@code limit}. */
    List<StoredProposal> newestIn(String neighbourhood, int limit);

    /**
     * Records the answer in one conditional write, if the proposal is still at the version the member saw; its e-mail,
     * if any, goes into the proposal's outbox with it.
     *
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException if it changed meanwhile
     */
    StoredProposal answer(ProposalAnswer answer, Instant now);

    /**
     * Marks the proposal accepted and turned into that event, whatever its version (the event exists already).
     *
     * @return false when it was already turned into another event (left as it is)
     * @throws fr.conciergeriesolidaire.functions.records.NoSuchRecordException when it no longer exists
     */
    boolean linkEvent(String reference, String eventSlug, String memberId, Instant now);

    /**
     * The live proposals whose address has that key ("Mes données"), as stored now; the caller checks each one still
     * holds the key (the index follows the table within a second or so).
     */
    List<StoredProposal> holding(String emailHash);

    /**
     * Deletes the proposal, its replies and their e-mails still to send, on condition that it still holds that key.
     *
     * @return false when no proposal of that reference holds it (already erased, or someone else's)
     */
    boolean delete(String reference, String emailHash);
}
