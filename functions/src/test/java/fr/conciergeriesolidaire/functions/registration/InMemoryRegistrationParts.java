package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.outbox.RetryPolicy;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import fr.conciergeriesolidaire.functions.templates.Templates;
import fr.conciergeriesolidaire.functions.testing.InMemoryOutbox;
import fr.conciergeriesolidaire.functions.testing.RecordingMailer;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The registration feature on in-memory parts, for handler tests: the events the test gives, the registrations and
 * ledgers in memory, no rate limit (tested against dynalite), the e-mails recorded.
 */
final class InMemoryRegistrationParts {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);

    final InMemoryEvents events = new InMemoryEvents();
    final InMemoryRegistrations registrations = new InMemoryRegistrations();
    final InMemoryLedger ledgers = new InMemoryLedger();
    final RecordingMailer mailer = new RecordingMailer();
    final List<Instant> republished = new ArrayList<>();
    private final SiteData data = PackagedSiteData.data();
    private final RegistrationKeys keys = new RegistrationKeys(TestParts.HASH);

    InMemoryRegistrationParts with(ProgrammeEvent event) {
        events.with(event);
        return this;
    }

    RegistrationSubmissionHandler submissionHandler() {
        return new RegistrationSubmissionHandler(
                service(),
                new PlacesLookup(events, ledgers, CLOCK),
                ClientAddress.sourceOnly(),
                "https://site.exemple.fr",
                new RegistrationPages(Templates.packaged(), data));
    }

    RegistrationService service() {
        return new RegistrationService(
                new SpamGuard(),
                new RegistrationValidator(),
                TestParts.noRateLimit(),
                TestParts.noRateLimit(),
                keys,
                events,
                registrations,
                allocation(),
                new PromptDelivery(notifier()),
                data.policies().retention(),
                CLOCK);
    }

    PlaceAllocation allocation() {
        return new PlaceAllocation(
                registrations,
                ledgers,
                (event, at) -> republished.add(at),
                data.policies().retention(),
                RetryPolicy.standard().sweeperGrace());
    }

    Notifier notifier() {
        return new Notifier(
                new StoredNotifications<>(
                        registrations, new RegistrationEmails(data, Templates.packaged(), events, keys)),
                new InMemoryOutbox(),
                mailer,
                RetryPolicy.standard(),
                CLOCK);
    }
}
