package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A person cancels their registration by the private link of its e-mails: the registration first (so that it is
 * never given places again), then its places back to the ledger, then the waiting list moves and those it confirms are
 * told at once ({@link PlaceAllocation#cancelled}). A crash after the first step is finished by the sweeper.
 */
final class Cancellation {
    private static final int ATTEMPTS = 4;

    private final RegistrationKeys keys;
    private final RegistrationLookup lookup;
    private final RegistrationStore registrations;
    private final PlaceAllocation allocation;
    private final PromptDelivery delivery;
    private final Clock clock;

    Cancellation(
            RegistrationKeys keys,
            RegistrationLookup lookup,
            RegistrationStore registrations,
            PlaceAllocation allocation,
            PromptDelivery delivery,
            Clock clock) {
        this.keys = keys;
        this.lookup = lookup;
        this.registrations = registrations;
        this.allocation = allocation;
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * The registration the link opens, with its event.
     *
     * @throws NoSuchRecordException for any link that is not a live registration's (unknown, altered, expired)
     */
    RegistrationLookup.Seen open(String reference, String token) {
        RegistrationLookup.Seen seen = lookup.registration(reference).orElseThrow(NoSuchRecordException::new);
        if (!keys.opens(seen.registration(), token)) {
            throw new NoSuchRecordException();
        }
        return seen;
    }

    /**
     * Cancels the registration the link opens; cancelling twice is cancelling once.
     *
     * @throws ChangeRefusedException once the event has begun
     */
    void cancel(String reference, String token) {
        cancel(() -> open(reference, token));
    }

    /**
     * Cancels the registration as {@code read} finds it (read again after a change made meanwhile): the link's way,
     * which "Mes données" takes too before an erasure.
     *
     * @return whether this call cancelled it (false: it was cancelled already)
     * @throws ChangeRefusedException once the event has begun
     * @throws NoSuchRecordException when {@code read} finds nothing
     */
    boolean cancel(Supplier<RegistrationLookup.Seen> read) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            RegistrationLookup.Seen seen = read.get();
            if (seen.registration().status() == RegistrationStatus.CANCELLED) {
                return false;
            }
            StoredEvent event = seen.event();
            if (!now.isBefore(event.event().start().toInstant())) {
                throw new ChangeRefusedException("registration.cancel.over");
            }
            try {
                giveBack(registrations.cancel(seen.registration(), now), event);
                return true;
            } catch (VersionConflictException changedMeanwhile) {
                // Confirmed from the waiting list, or sent an e-mail, meanwhile: read it again.
            }
        }
        throw new VersionConflictException();
    }

    /**
     * After a registration was cancelled: its places go back to the ledger, the waiting list moves and those it
     * confirms are told at once. Repeating it gives back nothing more (what the sweeper does after a stopped request).
     */
    void giveBack(Registration cancelled, StoredEvent event) {
        delivery.send(allocation.cancelled(cancelled, event, clock.instant()));
    }
}
