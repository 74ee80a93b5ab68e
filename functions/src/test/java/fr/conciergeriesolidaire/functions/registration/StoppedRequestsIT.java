package fr.conciergeriesolidaire.functions.registration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.outbox.RetryPolicy;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A request stopped between two of its writes (the registration, the ledger of places, the registration again)
 * leaves nothing wrong for long: whoever comes next (the person sending again, the table's stream, the sweeper)
 * finishes it, the ledger counts each registration once, and each e-mail leaves once. Against dynalite and
 * aws-ses-v2-local, through the functions as their template builds them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoppedRequestsIT {
    private static final Duration GRACE = RetryPolicy.standard().sweeperGrace();

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T09:00:00Z"));
    private EmulatedRegistrations world;
    private StoppedRequests stopped;
    private RegistrationSubmissionHandler submissions;
    private RegistrationSweeperHandler sweeper;
    private RegistrationNotifierHandler stream;

    @BeforeAll
    void start() {
        world = EmulatedRegistrations.inMemory();
        stopped = new StoppedRequests(world.wiring("RegistrationSubmissionFunction", clock));
        submissions = world.submissionHandler(clock);
        sweeper = new RegistrationSweeperHandler(
                world.wiring("RegistrationSweeperFunction", clock).upkeep());
        stream = new RegistrationNotifierHandler(
                world.wiring("RegistrationNotifierFunction", clock).upkeep());
    }

    @AfterAll
    void stop() {
        world.close();
    }

    private ProgrammeEvent workshop(String slug, int capacity) {
        ProgrammeEvent event = TestEvents.workshop(slug, "2027-03-20", capacity, 1);
        world.publish(event, clock.instant());
        return event;
    }

    private void sweepAfterTheGrace() {
        clock.advance(GRACE.plusSeconds(1));
        sweeper.handleRequest(null, null);
    }

    @Test
    void givenARequestStoppedAfterThePendingWrite_whenTheSweeperRuns_thenItIsConfirmedCountedOnceAndToldOnce() {
        ProgrammeEvent event = workshop("arret-apres-ecriture", 3);
        Registration pending = stopped.afterThePendingWrite(event, 1, clock.instant());
        assertThat(stopped.registration(pending.reference()).status()).isEqualTo(RegistrationStatus.PENDING);

        sweepAfterTheGrace();
        sweepAfterTheGrace();

        assertThat(stopped.registration(pending.reference()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(stopped.ledger(event.slug()).places().taken()).isEqualTo(1);
        assertThat(world.mailsTo(Registrants.email(1)))
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).startsWith("Inscription confirmée"));
    }

    @Test
    void givenARequestStoppedAfterTheLedgerTookThePlaces_whenThePersonSendsAgain_thenTheyAreConfirmedAndCountedOnce() {
        ProgrammeEvent event = workshop("arret-apres-registre", 3);
        Registration pending = stopped.afterTheLedgerTook(event, 2, clock.instant());

        Map<String, Object> answer =
                Registrants.answer(submissions.handleRequest(Registrants.json(event.slug(), 2, Map.of()), null));

        assertThat(answer)
                .containsEntry("reference", pending.reference())
                .containsEntry("status", "confirmed")
                .containsEntry("existing", true);
        assertThat(stopped.ledger(event.slug()).places().taken()).isEqualTo(1);
        assertThat(stopped.ledger(event.slug()).places().holders()).containsOnlyKeys(pending.reference());
    }

    @Test
    void givenARequestStoppedAfterTheLedgerQueuedIt_whenTheStreamDeliversIt_thenItWaitsAndIsToldItsPosition() {
        ProgrammeEvent event = workshop("arret-apres-file", 1);
        assertThat(Registrants.answer(submissions.handleRequest(Registrants.json(event.slug(), 3, Map.of()), null)))
                .containsEntry("status", "confirmed");
        Registration pending = stopped.afterTheLedgerQueued(event, 4, clock.instant());

        stream.handleRequest(
                EmulatedAws.insertEvent(List.of(world.item("RegistrationsTable", pending.reference()))), null);

        Registration waiting = stopped.registration(pending.reference());
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(waiting.joinedAt()).contains(1);
        assertThat(world.mailsTo(Registrants.email(4)))
                .singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("en position 1"));
    }

    @Test
    void givenACancellationStoppedAfterItsFirstWrite_whenTheSweeperRuns_thenThePlaceGoesToTheFirstWaitingWhoIsTold() {
        ProgrammeEvent event = workshop("arret-apres-annulation", 1);
        String first = reference(submissions, event, 5);
        String second = reference(submissions, event, 6);
        stopped.afterTheCancellationWrite(first, clock.instant());

        sweepAfterTheGrace();

        Ledger ledger = stopped.ledger(event.slug());
        assertThat(ledger.places().holders()).containsOnlyKeys(second);
        assertThat(ledger.places().waiting()).isEmpty();
        assertThat(stopped.registration(second).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(world.mailsTo(Registrants.email(6)))
                .extracting(mail -> mail.subject())
                .anySatisfy(subject -> assertThat(subject).startsWith("Une place s'est libérée"));
    }

    @Test
    void givenAPromotionStoppedAfterTheLedgerMoved_whenTheSweeperRuns_thenThePromotedPersonIsConfirmedAndTold() {
        ProgrammeEvent event = workshop("arret-apres-promotion", 1);
        String first = reference(submissions, event, 7);
        String second = reference(submissions, event, 8);
        sweepAfterTheGrace(); // their first e-mails leave; nobody is left in the sweeper's view
        int mailsBefore = world.mailsTo(Registrants.email(8)).size();

        stopped.afterTheLedgerPromoted(event.slug(), first, second, clock.instant(), GRACE);
        assertThat(stopped.registration(second).status()).isEqualTo(RegistrationStatus.WAITING);
        sweepAfterTheGrace();

        assertThat(stopped.registration(second).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(stopped.ledger(event.slug()).places().holders()).containsOnlyKeys(second);
        assertThat(world.mailsTo(Registrants.email(8))).hasSize(mailsBefore + 1);
    }

    private static String reference(RegistrationSubmissionHandler submissions, ProgrammeEvent event, int person) {
        return (String)
                Registrants.answer(submissions.handleRequest(Registrants.json(event.slug(), person, Map.of()), null))
                        .get("reference");
    }
}
