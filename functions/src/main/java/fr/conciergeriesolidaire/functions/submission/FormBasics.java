package fr.conciergeriesolidaire.functions.submission;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.functions.antispam.SpamGuard;
import fr.conciergeriesolidaire.functions.http.ErrorResponses;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.ResponseShell;
import fr.conciergeriesolidaire.functions.http.SubmissionEndpoint;
import fr.conciergeriesolidaire.functions.idempotency.IdempotencyKeys;
import fr.conciergeriesolidaire.functions.notification.NotificationSource;
import fr.conciergeriesolidaire.functions.notification.Notifier;
import fr.conciergeriesolidaire.functions.notification.RetryPolicy;
import fr.conciergeriesolidaire.functions.notification.Sweeper;
import java.time.Clock;
import java.time.Duration;

/**
 * What every function of a form feature starts from (the data and response shell packaged at build time, the
 * clock, the retry policy of e-mails) and the parts all forms assemble the same way from it.
 */
public record FormBasics(SiteData data, ResponseShell shell, Clock clock, RetryPolicy retryPolicy) {
    /** A real submission is a few KB; anything past this is refused before parsing. */
    public static final long MAX_BODY_BYTES = 16 * 1024;

    public static final Duration MINIMUM_FILL_TIME = Duration.ofSeconds(3);

    /** The sweepers' Timeout in template.yaml is 60 s: stop starting records well before. */
    public static final Duration SWEEP_BUDGET = Duration.ofSeconds(40);

    /** Production: the data and shell from the classpath (packaged from the site). */
    public static FormBasics packaged(Clock clock) {
        return new FormBasics(
                SiteDataLoader.fromClasspath(), ResponseShell.fromClasspath(), clock, RetryPolicy.standard());
    }

    public <R extends Intake.Request, T> Intake<R, T> intake(
            String action, Intake.Validator<R> validator, Intake.Store<R, T> store, FormInfrastructure infrastructure) {
        return new Intake<>(
                action,
                new SpamGuard(MINIMUM_FILL_TIME),
                validator,
                infrastructure.rateLimiter(),
                new IdempotencyKeys(infrastructure.hash()),
                store,
                clock);
    }

    public ErrorResponses errors(FormPage form) {
        return new ErrorResponses(shell, form);
    }

    public SubmissionEndpoint endpoint(FormPage form) {
        return new SubmissionEndpoint(MAX_BODY_BYTES, errors(form));
    }

    public Notifier notifier(NotificationSource source, FormInfrastructure infrastructure) {
        return new Notifier(source, infrastructure.outbox(), infrastructure.mailer(), retryPolicy, clock);
    }

    public Sweeper sweeper(NotificationSource source, FormInfrastructure infrastructure) {
        return new Sweeper(infrastructure.outbox(), notifier(source, infrastructure), clock, SWEEP_BUDGET);
    }
}
