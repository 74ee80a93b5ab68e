package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import fr.conciergeriesolidaire.programme.table.EventTable;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The emulated world of the registration functions: dynalite and aws-ses-v2-local, the tables of template.yaml, the
 * events the tests put in the events table, and each function's parts built from its template environment.
 */
final class EmulatedRegistrations extends EmulatedAws {
    private EmulatedRegistrations(Emulators emulators) {
        super(emulators);
    }

    public static EmulatedRegistrations inMemory() {
        return new EmulatedRegistrations(Emulators.startInMemory());
    }

    /** The feature as the function of that logical id builds it from its template environment, on this clock. */
    RegistrationWiring wiring(String functionId, Clock clock) {
        return new RegistrationWiring(new Environment(environmentOf(functionId)), clock);
    }

    /** The function of that logical id with its environment changed (a lower rate limit...). */
    RegistrationWiring wiring(String functionId, Clock clock, Map<String, String> changes) {
        Map<String, String> environment = new java.util.HashMap<>(environmentOf(functionId));
        environment.putAll(changes);
        return new RegistrationWiring(new Environment(environment), clock);
    }

    RegistrationSubmissionHandler submissionHandler(Clock clock) {
        RegistrationWiring wiring = wiring("RegistrationSubmissionFunction", clock);
        return new RegistrationSubmissionHandler(
                wiring.service(), wiring.places(), wiring.clientAddress(), "https://site.exemple.fr", wiring.pages());
    }

    EventTable events() {
        return new EventTable(
                emulators().dynamoDb().client(), tableName("EventsTable"), new EventItemMapper(TestEvents.PARIS));
    }

    /** Puts the event in the events table, as the team or the seed import would. */
    void publish(ProgrammeEvent event, Instant now) {
        if (!events().insertIfAbsent(event, now)) {
            throw new IllegalStateException("Event already there: " + event.slug());
        }
    }

    /** Replaces the event as the team's edit does (version raised). */
    StoredEvent edit(ProgrammeEvent changed, Instant now) {
        StoredEvent current = events().all().stream()
                .filter(stored -> stored.event().slug().equals(changed.slug()))
                .findFirst()
                .orElseThrow();
        return events().replace(changed, current.version(), now);
    }

    long programmeChanges() {
        return new ProgrammeChanges(emulators().dynamoDb().client(), tableName("PublicationTable"))
                .read()
                .changes();
    }

    List<SentMail> mailsTo(String address) {
        return sentMails().stream().filter(mail -> mail.to().contains(address)).toList();
    }
}
