package fr.conciergeriesolidaire.functions.subscription.review;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.screens.Moments;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionWiring;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The review screens on AWS: the sign-up feature's own wiring ({@link SubscriptionWiring}: the table, the life) and
 * what the screens add (the form guard, the pages). The function needs {@code SUBSCRIPTIONS_TABLE} and {@code
 * ORIGIN_SECRET}, and no secret: the team's changes hash nothing.
 */
public final class SignUpReviewWiring {
    private final SubscriptionWiring feature;
    private final Clock clock;
    private final SiteData data = PackagedSiteData.data();

    public SignUpReviewWiring(Environment environment, Clock clock) {
        this.feature = new SubscriptionWiring(environment, clock);
        this.clock = clock;
    }

    /** What Lambda runs: the process environment and the real clock. */
    public static SignUpReviewWiring fromEnvironment() {
        return new SignUpReviewWiring(Environment.current(), Clock.systemUTC());
    }

    SignUpReview review() {
        return new SignUpReview(feature.life(), new SignUpForms(data, sites()), clock, zone());
    }

    SignUpPages pages() {
        return new SignUpPages(Screens.packaged(), sites(), new Moments(zone()));
    }

    FormGuard formGuard() {
        return new FormGuard(new SiteOrigin(originGate()));
    }

    OriginGate originGate() {
        return feature.originGate();
    }

    private CompanySites sites() {
        return new CompanySites(data);
    }

    private ZoneId zone() {
        return ZoneId.of(data.organisation().site().timeZone());
    }
}
