package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where registrations live (template.yaml's RegistrationsTable). Implemented on DynamoDB; every change is one
 * conditional write; failures to reach storage are {@code StorageUnavailableException}s.
 */
interface RegistrationStore extends StoredNotifications.Records<Registration> {
    /** The person's registration, and whether this call wrote it (false: they had registered already). */
    record Placement(Registration registration, boolean created) {}

    /**
     * Writes the registration as pending under the person's first free reference; or finds the one they already have
     * for the event (any status but cancelled), which is returned instead.
     *
     * @throws fr.conciergeriesolidaire.functions.forms.SubmissionLimitReachedException when every reference of the
     *     person for the event is taken by cancelled registrations
     */
    Placement place(NewRegistration registration, Instant now);

    /**
     * The person's registration for the event (not cancelled), if any; never a write.
     *
     * @param references the references a registration of theirs may take, in order
     */
    Optional<Registration> live(String personKey, List<String> references);

    /** The registration as stored now (strongly consistent), by its reference; absent once expired. */
    @Override
    Optional<Registration> find(String reference);

    /**
     * Confirms it with its e-mail: a pending registration is told it is confirmed, a waiting one that it was promoted.
     *
     * @return the registration as it now is (unchanged if it was neither pending nor waiting)
     */
    Registration confirm(String reference, Instant now);

    /** Puts a pending registration on the waiting list at that position, with its e-mail; returns it as it now is. */
    Registration waitFor(String reference, int position, Instant now);

    /**
     * Cancels it, if it is still as seen; its e-mails not yet sent are dropped, and it stays in the sweeper's view
     * until its places are given back.
     *
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException if it changed meanwhile
     */
    Registration cancel(Registration seen, Instant now);

    /**
     * Puts the registration in the sweeper's view from {@code at} on (unless it is there already), before a change
     * made elsewhere first (the ledger) that it must follow: if the request stops between the two, the sweeper
     * brings it in step.
     */
    void watch(String reference, Instant at);

    /** Adds that e-mail to a confirmed (or, with {@code alsoWaiting}, waiting) registration, once; false otherwise. */
    boolean notify(String reference, String recipient, boolean alsoWaiting, Instant now);

    /**
     * Records whether the person came, if the registration is still at the version the member saw.
     *
     * @throws fr.conciergeriesolidaire.functions.records.VersionConflictException if it changed meanwhile
     */
    Registration markAttendance(String reference, long seenVersion, boolean attended, String memberId, Instant now);

    /** Moves the erasure of its personal data (the event's end moved). */
    void expireAt(String reference, Instant expiresAt);

    /** Every registration of the event, cancelled ones included, in the order they were made (its index). */
    List<Registration> ofEvent(String event);
}
