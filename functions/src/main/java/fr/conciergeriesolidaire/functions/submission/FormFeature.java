package fr.conciergeriesolidaire.functions.submission;

import fr.conciergeriesolidaire.functions.antispam.SpamGuard;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.ConfirmationLookup;
import fr.conciergeriesolidaire.functions.http.ErrorResponses;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.SubmissionEndpoint;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.notification.NotificationSource;
import fr.conciergeriesolidaire.functions.notification.Notifier;
import fr.conciergeriesolidaire.functions.notification.Sweeper;
import java.time.Duration;
import java.util.function.Function;

/**
 * A form feature (orders, sign-ups) assembled the one way every form is: its intake, HTTP edge, error pages,
 * confirmation lookup, notifier and sweeper, from the basics, its infrastructure and its page on the site.
 *
 * @param <S> the feature's store
 */
public final class FormFeature<S> {
    /** A real submission is a few KB; anything past this is refused before parsing. */
    public static final long MAX_BODY_BYTES = 16 * 1024;

    public static final Duration MINIMUM_FILL_TIME = Duration.ofSeconds(3);

    /** The sweepers' Timeout in template.yaml is 60 s: stop starting records well before. */
    public static final Duration SWEEP_BUDGET = Duration.ofSeconds(40);

    private final FormBasics basics;
    private final FeatureInfrastructure<S> infrastructure;
    private final FormPage page;
    private final Function<S, NotificationSource> notifications;

    /**
     * @param page the form's page on the site, for HTML error answers
     * @param notifications the feature's stored records as e-mails to send, read from its store
     */
    public FormFeature(
            FormBasics basics,
            FeatureInfrastructure<S> infrastructure,
            FormPage page,
            Function<S, NotificationSource> notifications) {
        this.basics = basics;
        this.infrastructure = infrastructure;
        this.page = page;
        this.notifications = notifications;
    }

    public FormBasics basics() {
        return basics;
    }

    public S store() {
        return infrastructure.store();
    }

    /** @param action what is submitted ("order"...): names the rate limit and keeps idempotency keys apart */
    public <R extends Intake.Request, T> Intake<R, T> intake(
            String action, Intake.Validator<R> validator, Intake.Store<R, T> store) {
        FormInfrastructure form = infrastructure.form();
        return new Intake<>(
                action,
                new SpamGuard(MINIMUM_FILL_TIME),
                validator,
                form.rateLimiter(),
                new IdempotencyKeys(form.hash()),
                store,
                basics.clock());
    }

    public ClientAddress clientAddress() {
        return infrastructure.form().clientAddress();
    }

    public ErrorResponses errors() {
        return new ErrorResponses(basics.shell(), page);
    }

    public SubmissionEndpoint endpoint() {
        return new SubmissionEndpoint(MAX_BODY_BYTES, errors());
    }

    public ConfirmationLookup confirmations() {
        return new ConfirmationLookup(errors());
    }

    public Notifier notifier() {
        FormInfrastructure form = infrastructure.form();
        return new Notifier(
                notifications.apply(store()), form.outbox(), form.mailer(), basics.retryPolicy(), basics.clock());
    }

    public Sweeper sweeper() {
        return new Sweeper(infrastructure.form().outbox(), notifier(), basics.clock(), SWEEP_BUDGET);
    }
}
