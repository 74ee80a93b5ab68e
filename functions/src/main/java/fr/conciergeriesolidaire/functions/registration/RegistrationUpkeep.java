package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.outbox.Outbox;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What runs without anyone waiting: each new registration from the table's stream, and every few minutes the sweep.
 * Both bring the registration and its ledger in step first ({@link PlaceAllocation#reconcile}: a pending one is
 * completed, a cancelled one gives its places back), then send its e-mails due ({@link Notifier}). The sweep also
 * follows the events the team changed ({@link EventFollowUp#followAll}), in case the editing's call was lost.
 */
final class RegistrationUpkeep {
    private static final System.Logger LOG = System.getLogger(RegistrationUpkeep.class.getName());
    /** More than a run can take in its time budget: the budget, not this cap, bounds a run. */
    private static final int MAX_PER_RUN = 5_000;

    private final RegistrationStore registrations;
    private final Events events;
    private final PlaceAllocation allocation;
    private final Outbox outbox;
    private final Notifier notifier;
    private final PromptDelivery delivery;
    private final EventFollowUp followUp;
    private final Clock clock;
    private final Duration budget;

    RegistrationUpkeep(
            RegistrationStore registrations,
            Events events,
            PlaceAllocation allocation,
            Outbox outbox,
            Notifier notifier,
            PromptDelivery delivery,
            EventFollowUp followUp,
            Clock clock,
            Duration budget) {
        this.registrations = registrations;
        this.events = events;
        this.allocation = allocation;
        this.outbox = outbox;
        this.notifier = notifier;
        this.delivery = delivery;
        this.followUp = followUp;
        this.clock = clock;
        this.budget = budget;
    }

    /** A new registration: completed if its request stopped short, then its e-mail sent; throws to be retried. */
    void handleNew(String reference) {
        reconcile(reference);
        notifier.deliver(reference);
    }

    /** The events changed, then every registration the sweeper's index holds (pending, cancelled, e-mails due). */
    Notifier.Outcome sweep() {
        try {
            followUp.followAll();
        } catch (RuntimeException failed) {
            LOG.log(
                    Level.WARNING,
                    "Events not followed this run: {0}",
                    failed.getClass().getSimpleName());
        }
        Instant deadline = clock.instant().plus(budget);
        int sent = 0;
        int retrying = 0;
        int givenUp = 0;
        for (String reference : outbox.due(clock.instant(), MAX_PER_RUN)) {
            if (clock.instant().isAfter(deadline)) {
                break;
            }
            try {
                reconcile(reference);
                Notifier.Outcome outcome = notifier.deliver(reference);
                sent += outcome.sent();
                retrying += outcome.retrying();
                givenUp += outcome.givenUp();
            } catch (RuntimeException failed) {
                // One registration's trouble must not stop the others; it stays due and comes back next run.
                LOG.log(
                        Level.WARNING,
                        "Sweep of {0} failed: {1}",
                        reference,
                        failed.getClass().getSimpleName());
            }
        }
        return new Notifier.Outcome(sent, retrying, givenUp);
    }

    private void reconcile(String reference) {
        Instant now = clock.instant();
        registrations
                .find(reference)
                .ifPresent(registration -> events.find(registration.event())
                        .ifPresent(event -> delivery.send(allocation.reconcile(registration, event, now))));
    }
}
