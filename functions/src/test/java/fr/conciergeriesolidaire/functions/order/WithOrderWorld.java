package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One set of emulators per test class of the order feature's screens (order.board, order.partner), on a test clock;
 * the mail service up and its store empty before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WithOrderWorld {
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    protected EmulatedOrders world;

    @BeforeAll
    protected void startEmulators() {
        world = EmulatedOrders.inMemory();
    }

    @AfterAll
    protected void stopEmulators() {
        world.close();
    }

    @BeforeEach
    protected void mailServiceUpAndEmpty() {
        if (world.emulators().mail().isChildProcess()) {
            world.emulators().mail().start();
        }
        world.emulators().mail().clearStore();
    }
}
