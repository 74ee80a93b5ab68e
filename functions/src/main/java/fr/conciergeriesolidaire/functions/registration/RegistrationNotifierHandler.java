package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.outbox.NewRecordsHandler;

/**
 * The registrations table's stream (keys only, new registrations only): completes a registration whose request
 * stopped short, and sends its e-mail (confirmed, or on the waiting list) right away.
 */
public final class RegistrationNotifierHandler extends NewRecordsHandler {
    private final RegistrationUpkeep upkeep;

    /** What Lambda calls: the feature built from the function's environment. */
    public RegistrationNotifierHandler() {
        this(RegistrationWiring.fromEnvironment().upkeep());
    }

    /** What tests call. */
    RegistrationNotifierHandler(RegistrationUpkeep upkeep) {
        super(RegistrationItemMapper.REFERENCE);
        this.upkeep = upkeep;
    }

    @Override
    protected void handleNew(String reference) {
        upkeep.handleNew(reference);
    }
}
