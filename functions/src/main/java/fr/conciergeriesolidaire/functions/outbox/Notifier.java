package fr.conciergeriesolidaire.functions.outbox;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Sends the due e-mails of one record, each at most once as far as storage can tell:
 * claim (conditional update, with a lease) -> send -> mark sent (conditional on our claim).
 *
 * <p><b>Remaining duplicate window.</b> SES takes no idempotency key, so a send and its "sent" mark cannot be
 * one atomic step. If the process dies, times out, or cannot reach DynamoDB after SES accepted a message but
 * before the mark is written, the claim's lease (1 minute) runs out and the e-mail is sent again by the next
 * pass. The window is the time between SES's answer and the mark (milliseconds normally), plus any outage of
 * DynamoDB at exactly that moment. A claimed e-mail is never sent twice concurrently: a second sender's claim
 * fails while the lease runs, and a sender that lost its claim (lease expired mid-send) sees its mark refused
 * and logs it. We chose "at least once, duplicates only on a crash at that instant" over "at most once",
 * because a lost partner notification costs more than a repeated one.
 */
public final class Notifier {
    private static final System.Logger LOG = System.getLogger(Notifier.class.getName());
    /** The token of a given-up e-mail in the logs, counted by a CloudWatch metric filter with an alarm. */
    public static final String GIVEN_UP = "notification-given-up";

    private final NotificationSource source;
    private final Outbox outbox;
    private final Mailer mailer;
    private final RetryPolicy policy;
    private final Clock clock;

    public Notifier(NotificationSource source, Outbox outbox, Mailer mailer, RetryPolicy policy, Clock clock) {
        this.source = source;
        this.outbox = outbox;
        this.mailer = mailer;
        this.policy = policy;
        this.clock = clock;
    }

    /** What one pass did, for logs and tests. */
    public record Outcome(int sent, int retrying, int givenUp) {
        Outcome plus(Outcome other) {
            return new Outcome(sent + other.sent, retrying + other.retrying, givenUp + other.givenUp);
        }
    }

    /** Sends whatever is due for this record now; storage failures propagate (the caller retries). */
    public Outcome deliver(String key) {
        return deliver(key, recipient -> true);
    }

    /**
     * Sends only these e-mails of the record, if they are due: a change's own e-mails, tried at once by the function
     * that made the change, which may lack what the record's other e-mails need (they stay with the stream notifier
     * and the sweeper). The record stays in the sweeper's view while any of its e-mails is unsettled.
     */
    public Outcome deliver(String key, Collection<String> recipients) {
        return deliver(key, recipients::contains);
    }

    private Outcome deliver(String key, Predicate<String> wanted) {
        Optional<Notifiable> record = source.load(key);
        if (record.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        Outcome outcome = pass(key, record.get(), wanted);
        if (outcome.givenUp() > 0) {
            // Giving up added an alert to the team: try it right away rather than at the next sweep.
            record = source.load(key);
            if (record.isPresent()) {
                outcome = outcome.plus(pass(key, record.get(), wanted.or(Outbox.ALERT::equals)));
            }
        }
        source.load(key).ifPresent(current -> outbox.settle(key, current.deliveries()));
        return outcome;
    }

    private Outcome pass(String key, Notifiable record, Predicate<String> wanted) {
        Outcome outcome = new Outcome(0, 0, 0);
        for (Map.Entry<String, Delivery> entry : record.deliveries().entrySet()) {
            Instant now = clock.instant();
            if (wanted.test(entry.getKey()) && entry.getValue().isDue(now)) {
                outcome = outcome.plus(attempt(key, record, entry.getKey(), now));
            }
        }
        return outcome;
    }

    private Outcome attempt(String key, Notifiable record, String recipient, Instant now) {
        String claim = UUID.randomUUID().toString();
        Optional<Integer> attempt = outbox.claim(key, recipient, claim, now, now.plus(policy.lease()));
        if (attempt.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        try {
            Email email = recipient.equals(Outbox.ALERT)
                    ? record.alert(failedRecipient(record), policy.maxAttempts())
                    : record.message(recipient);
            if (!email.isNothing()) {
                mailer.send(email);
            }
        } catch (MailRejectedException rejected) {
            // Refused for good (no such domain, suppressed address...): no retry can help, the team is told now.
            return givenUp(key, recipient, claim, attempt.get(), "rejected by the mail service");
        } catch (RuntimeException failed) {
            // The mail service down, or an e-mail that cannot be written: either way a failed attempt, retried with
            // backoff and given up in the end, so that nothing stays claimed and no record blocks the others.
            return failed(key, recipient, claim, attempt.get(), failed);
        }
        if (!outbox.markSent(key, recipient, claim, clock.instant())) {
            LOG.log(Level.WARNING, "Claim lost while sending {0} of {1}: it may be sent twice", recipient, key);
        }
        return new Outcome(1, 0, 0);
    }

    private Outcome failed(String key, String recipient, String claim, int attempt, RuntimeException failure) {
        if (attempt >= policy.maxAttempts()) {
            return givenUp(key, recipient, claim, attempt, failure.getClass().getSimpleName());
        }
        // Only the exception's type: its message might quote an address.
        LOG.log(
                Level.WARNING,
                "E-mail {0} of {1} failed (attempt {2}, {3}), will retry",
                recipient,
                key,
                attempt,
                failure.getClass().getSimpleName());
        outbox.retryLater(key, recipient, claim, clock.instant().plus(policy.delayAfter(attempt)));
        return new Outcome(0, 1, 0);
    }

    /** The log line's first word is what the template's metric filter counts (GivenUpNotificationsMetricFilter). */
    private Outcome givenUp(String key, String recipient, String claim, int attempt, String why) {
        LOG.log(
                Level.ERROR,
                GIVEN_UP + ": e-mail {0} of {1} given up after {2} attempts ({3})",
                recipient,
                key,
                attempt,
                why);
        outbox.giveUp(key, recipient, claim, clock.instant());
        return new Outcome(0, 0, 1);
    }

    private static String failedRecipient(Notifiable record) {
        return record.deliveries().values().stream()
                .filter(delivery -> delivery.state() == DeliveryState.FAILED)
                .map(Delivery::recipient)
                .filter(recipient -> !recipient.equals(Outbox.ALERT))
                .findFirst()
                .orElse("?");
    }
}
