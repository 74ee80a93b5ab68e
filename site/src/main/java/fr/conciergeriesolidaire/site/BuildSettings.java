package fr.conciergeriesolidaire.site;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What may change from one build of the same sources to the next.
 *
 * @param siteUrl the public address overriding organisation.yaml's {@code site.url}, or null
 * @param clock the build's "now", which decides which events are upcoming
 */
public record BuildSettings(String siteUrl, Clock clock) {
    /** System property or environment variable that overrides the site's address. */
    public static final String SITE_URL = "SITE_URL";

    /** System property fixing the build's "now", e.g. -Dsite.now=2026-11-28T12:00:00+01:00. */
    public static final String NOW = "site.now";

    public static BuildSettings fromEnvironment() {
        String url = present(System.getProperty(SITE_URL))
                .or(() -> present(System.getenv(SITE_URL)))
                .orElse(null);
        Clock clock = present(System.getProperty(NOW))
                .map(value -> Clock.fixed(OffsetDateTime.parse(value).toInstant(), ZoneOffset.UTC))
                .orElse(Clock.systemUTC());
        return new BuildSettings(url, clock);
    }

    /** Maven passes an unset property as an empty string: empty means not set. */
    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
