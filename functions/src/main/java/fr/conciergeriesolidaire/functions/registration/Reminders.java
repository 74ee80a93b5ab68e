package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminder of the day before, sent once (scheduled every hour, template.yaml's RegistrationReminderFunction): from
 * {@value #FROM_HOUR} h the day before an event, each person whose places are held gets it, unless confirmed after that
 * time (their confirmation just told them). Once per date: the e-mail's key in their outbox names the event's day, and
 * it is added on condition that it is not there yet, so every run after the first adds nothing; a moved event is
 * reminded again for its new day.
 */
final class Reminders {
    static final int FROM_HOUR = 10;
    /** The events a run looks at: those starting within this time. */
    private static final Duration AHEAD = Duration.ofDays(2);

    private final Events events;
    private final RegistrationStore registrations;
    private final PromptDelivery delivery;
    private final Clock clock;

    Reminders(Events events, RegistrationStore registrations, PromptDelivery delivery, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Adds the reminders due now and tries to send them; how many were added. */
    int sendDue() {
        Instant now = clock.instant();
        List<String> reminded = new ArrayList<>();
        for (StoredEvent stored : events.startingFrom(now)) {
            ProgrammeEvent event = stored.event();
            if (event.start().toInstant().isAfter(now.plus(AHEAD))
                    || !event.needsRegistration()
                    || !event.status().takesPlace()) {
                continue;
            }
            LocalDate day = event.start().toLocalDate();
            Instant from = day.minusDays(1)
                    .atTime(LocalTime.of(FROM_HOUR, 0))
                    .atZone(event.start().getZone())
                    .toInstant();
            if (now.isBefore(from)) {
                continue;
            }
            for (Registration registration : registrations.ofEvent(event.slug())) {
                boolean confirmedBefore = registration.status() == RegistrationStatus.CONFIRMED
                        && registration
                                .confirmedAt()
                                .map(at -> !at.isAfter(from))
                                .orElse(false);
                if (confirmedBefore
                        && registrations.notify(registration.reference(), Recipients.reminder(day), false, now)) {
                    reminded.add(registration.reference());
                }
            }
        }
        delivery.send(reminded);
        return reminded.size();
    }
}
