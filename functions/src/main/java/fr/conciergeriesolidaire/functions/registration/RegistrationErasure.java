package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.privacy.ErasedRecord;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Clock;
import java.util.Optional;

/**
 * Erasing a registration at its person's request ("Mes données", or the team for them). For an event still to come,
 * it is first cancelled the way its cancellation link does ({@link Cancellation}): its places go back to the ledger,
 * the waiting list moves and whoever it confirms is told at once; one cancelled already has its places given back,
 * should the request that cancelled it have stopped short (the sweeper would have, but the registration is about to
 * go). Then the item is deleted, and with it everything the feature keeps of the person: their contact, their needs
 * and the e-mails still to send (reminders included). An event begun or over keeps its ledger as it is (places
 * counted, no one's data) and the team's participation figures, which hold counts only. Repeating it finds nothing
 * more.
 */
final class RegistrationErasure {
    private final RegistrationsByEmail registrations;
    private final RegistrationLookup lookup;
    private final Cancellation cancellation;
    private final Clock clock;

    RegistrationErasure(
            RegistrationsByEmail registrations, RegistrationLookup lookup, Cancellation cancellation, Clock clock) {
        this.registrations = registrations;
        this.lookup = lookup;
        this.cancellation = cancellation;
        this.clock = clock;
    }

    Optional<ErasedRecord> erase(String reference, String emailHash) {
        Optional<HeldRegistration> found = registrations.find(reference, emailHash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Registration registration = found.get().registration();
        boolean cancelled = endIfToCome(registration, emailHash);
        if (!registrations.delete(reference, emailHash)) {
            return Optional.empty();
        }
        return Optional.of(new ErasedRecord(
                RegistrationPersonalRecords.KIND,
                reference,
                registration.person().email(),
                cancelled));
    }

    /** Cancels it if its event is still to come; whether this call cancelled it. */
    private boolean endIfToCome(Registration registration, String emailHash) {
        Optional<StoredEvent> event = lookup.event(registration.event());
        if (event.isEmpty()
                || !clock.instant().isBefore(event.get().event().start().toInstant())) {
            return false;
        }
        try {
            if (cancellation.cancel(() -> seen(registration.reference(), emailHash))) {
                return true;
            }
            cancellation.giveBack(registration, event.get());
            return false;
        } catch (ChangeRefusedException | NoSuchRecordException begunOrErasedMeanwhile) {
            return false;
        }
    }

    /** The registration as stored now, if still theirs, with its event as it is now. */
    private RegistrationLookup.Seen seen(String reference, String emailHash) {
        Registration registration = registrations
                .find(reference, emailHash)
                .orElseThrow(NoSuchRecordException::new)
                .registration();
        StoredEvent event = lookup.event(registration.event()).orElseThrow(NoSuchRecordException::new);
        return new RegistrationLookup.Seen(registration, event, Optional.empty());
    }
}
