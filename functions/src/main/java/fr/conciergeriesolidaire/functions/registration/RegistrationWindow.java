package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * When an event takes registrations: it asks for them, it still takes place on its date, and it has not begun. The
 * refusal says which (409, with the site's wording).
 */
final class RegistrationWindow {
    private RegistrationWindow() {}

    /** Why the event takes no registration now, as a wording key; empty when it does. */
    static Optional<String> closed(ProgrammeEvent event, Instant now) {
        if (!event.needsRegistration()) {
            return Optional.of("registration.notNeeded");
        }
        if (!event.status().takesPlace()) {
            return Optional.of("registration.closed");
        }
        if (!now.isBefore(event.start().toInstant())) {
            return Optional.of("registration.over");
        }
        return Optional.empty();
    }

    /** @throws ChangeRefusedException when the event takes no registration now */
    static void check(ProgrammeEvent event, Instant now) {
        closed(event, now).ifPresent(reason -> {
            throw new ChangeRefusedException(reason);
        });
    }
}
