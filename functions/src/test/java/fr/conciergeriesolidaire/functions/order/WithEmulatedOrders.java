package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** One set of in-memory emulators per test class, and the order handlers built on them with a test clock. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WithEmulatedOrders {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    EmulatedOrders world;
    OrderSubmissionHandler submissions;
    OrderNotifierHandler notifier;
    OrderSweeperHandler sweeper;

    @BeforeAll
    void startEmulators() {
        world = EmulatedOrders.inMemory();
        submissions = world.submissionHandler(clock);
        notifier = world.notifierHandler(clock);
        sweeper = world.sweeperHandler(clock);
    }

    @AfterAll
    void stopEmulators() {
        world.close();
    }
}
