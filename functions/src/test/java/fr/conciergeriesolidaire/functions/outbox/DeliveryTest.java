package fr.conciergeriesolidaire.functions.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aPendingEmailIsDueOnceItsNextAttemptTimeHasCome() {
        Delivery pending = new Delivery("customer", DeliveryState.PENDING, 1, NOW.plusSeconds(60), Optional.empty());

        assertThat(pending.isDue(NOW)).isFalse();
        assertThat(pending.isDue(NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void anEmailBeingSentIsDueAgainOnlyWhenItsLeaseRanOut() {
        Delivery sending = new Delivery("team", DeliveryState.SENDING, 1, NOW, Optional.of(NOW.plusSeconds(60)));

        assertThat(sending.isDue(NOW.plusSeconds(30))).isFalse();
        assertThat(sending.isDue(NOW.plusSeconds(61))).isTrue();
    }

    @Test
    void settledEmailsAreNeverDue() {
        assertThat(new Delivery("a", DeliveryState.SENT, 1, NOW, Optional.empty()).isDue(NOW.plusSeconds(999)))
                .isFalse();
        assertThat(new Delivery("a", DeliveryState.FAILED, 8, NOW, Optional.empty()).isDue(NOW.plusSeconds(999)))
                .isFalse();
    }

    @Test
    void retriesBackOffExponentiallyUpToACap() {
        RetryPolicy policy = RetryPolicy.standard();

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(64));
        assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(2));
        assertThat(policy.delayAfter(40)).isEqualTo(Duration.ofHours(2));
    }
}
