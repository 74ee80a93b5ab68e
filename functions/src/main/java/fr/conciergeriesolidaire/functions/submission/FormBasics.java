package fr.conciergeriesolidaire.functions.submission;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.functions.http.ResponseShell;
import fr.conciergeriesolidaire.functions.notification.RetryPolicy;
import java.time.Clock;

/**
 * What every function of a form feature starts from: the data and response shell packaged at build time, the
 * clock, and the retry policy of e-mails.
 */
public record FormBasics(SiteData data, ResponseShell shell, Clock clock, RetryPolicy retryPolicy) {
    /** Production: the data and shell from the classpath (packaged from the site). */
    public static FormBasics packaged(Clock clock) {
        return new FormBasics(
                SiteDataLoader.fromClasspath(), ResponseShell.fromClasspath(), clock, RetryPolicy.standard());
    }
}
