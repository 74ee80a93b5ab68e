package fr.conciergeriesolidaire.functions.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.testing.InMemoryOutbox;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import fr.conciergeriesolidaire.functions.testing.RecordingMailer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The notifier's rules on the in-memory outbox: what counts as a failed attempt, when an e-mail is given up. */
class NotifierTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final RecordingMailer mailer = new RecordingMailer();
    private final RetryPolicy policy = RetryPolicy.standard();

    /** Records whose e-mails are written from their key and recipient; some recipients cannot be written. */
    private final class Records implements NotificationSource {
        private final Set<String> unwritable;

        Records(Set<String> unwritable) {
            this.unwritable = unwritable;
        }

        @Override
        public Optional<Notifiable> load(String key) {
            Map<String, Delivery> deliveries = outbox.deliveries(key);
            return deliveries.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Notifiable() {
                        @Override
                        public Map<String, Delivery> deliveries() {
                            return deliveries;
                        }

                        @Override
                        public Email message(String recipient) {
                            if (unwritable.contains(recipient)) {
                                throw new IllegalStateException("cannot write the e-mail of " + recipient);
                            }
                            return new Email(
                                    List.of(recipient + "@exemple.fr"),
                                    key + " " + recipient,
                                    "texte",
                                    "<p>html</p>",
                                    Map.of());
                        }

                        @Override
                        public Email alert(String failedRecipient, int attempts) {
                            return new Email(
                                    List.of("equipe@exemple.fr"),
                                    key + " alerte " + failedRecipient,
                                    "t",
                                    "<p>h</p>",
                                    Map.of());
                        }
                    });
        }
    }

    private Notifier notifier(Set<String> unwritable) {
        return new Notifier(new Records(unwritable), outbox, mailer, policy, clock);
    }

    @Test
    void givenAnEmailThatCannotBeWritten_thenItIsAFailedAttemptRetriedLaterAndTheOthersAreSent() {
        outbox.add("K7QM-3XPA", List.of("customer", "partner:disparu", "team"), clock.instant());

        Notifier.Outcome outcome = notifier(Set.of("partner:disparu")).deliver("K7QM-3XPA");

        assertThat(outcome).isEqualTo(new Notifier.Outcome(2, 1, 0));
        assertThat(mailer.sent())
                .extracting(Email::subject)
                .containsExactlyInAnyOrder("K7QM-3XPA customer", "K7QM-3XPA team");
        Delivery failed = outbox.deliveries("K7QM-3XPA").get("partner:disparu");
        assertThat(failed.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(policy.delayAfter(1)));
        assertThat(outbox.isDue("K7QM-3XPA")).isTrue();
    }

    @Test
    void givenAnEmailThatNeverCanBeWritten_thenItIsGivenUpAfterTheLastAttemptAndTheTeamIsAlerted() {
        outbox.add("K7QM-3XPA", List.of("partner:disparu"), clock.instant());
        Notifier notifier = notifier(Set.of("partner:disparu"));

        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            notifier.deliver("K7QM-3XPA");
            clock.advance(policy.maxRetryDelay());
        }

        assertThat(outbox.deliveries("K7QM-3XPA").get("partner:disparu").state())
                .isEqualTo(DeliveryState.FAILED);
        assertThat(mailer.sent()).extracting(Email::subject).containsExactly("K7QM-3XPA alerte partner:disparu");
        assertThat(outbox.isDue("K7QM-3XPA")).isFalse();
    }

    @Test
    void givenAnAddressTheMailServiceRefusesForGood_thenItIsGivenUpAtOnceAndTheTeamAlerted() {
        outbox.add("K7QM-3XPA", List.of("customer"), clock.instant());
        Mailer refusing = new Mailer() {
            @Override
            public String send(Email email) {
                if (email.to().contains("customer@exemple.fr")) {
                    throw new MailRejectedException(new IllegalArgumentException("no such domain"));
                }
                return mailer.send(email);
            }
        };

        Notifier.Outcome outcome =
                new Notifier(new Records(Set.of()), outbox, refusing, policy, clock).deliver("K7QM-3XPA");

        assertThat(outcome.givenUp()).isEqualTo(1);
        assertThat(outbox.deliveries("K7QM-3XPA").get("customer").attempts()).isEqualTo(1);
        assertThat(outbox.deliveries("K7QM-3XPA").get("customer").state()).isEqualTo(DeliveryState.FAILED);
        assertThat(mailer.sent()).extracting(Email::subject).containsExactly("K7QM-3XPA alerte customer");
    }

    @Test
    void givenTheMailServiceDown_thenEachEmailIsRetriedWithBackoffNotGivenUp() {
        outbox.add("K7QM-3XPA", List.of("customer", "team"), clock.instant());
        mailer.refuse(true);

        Notifier.Outcome outcome = notifier(Set.of()).deliver("K7QM-3XPA");

        assertThat(outcome).isEqualTo(new Notifier.Outcome(0, 2, 0));
        clock.advance(Duration.ofSeconds(30));
        mailer.refuse(false);
        assertThat(notifier(Set.of()).deliver("K7QM-3XPA")).isEqualTo(new Notifier.Outcome(0, 0, 0));
        clock.advance(policy.delayAfter(1));
        assertThat(notifier(Set.of()).deliver("K7QM-3XPA")).isEqualTo(new Notifier.Outcome(2, 0, 0));
        assertThat(outbox.isDue("K7QM-3XPA")).isFalse();
    }
}
