package fr.conciergeriesolidaire.functions.subscription.review;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.screens.Moments;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.subscription.InMemorySubscriptions;
import fr.conciergeriesolidaire.functions.subscription.StoredSubscription;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionEvents;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionLife;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review screens on in-memory parts (the sign-up feature's {@link InMemorySubscriptions}), for handler tests:
 * sign-ups submitted through the public form's handler, the team's requests as the authorizer lets them through.
 */
final class InMemoryReview {
    static final SiteData DATA = PackagedSiteData.data();
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String SITE = "site-entreprise-bailleur";

    final MutableClock clock = new MutableClock(Instant.parse(SubscriptionEvents.NOW));
    final InMemorySubscriptions store = new InMemorySubscriptions();
    final SignUpsHandler handler = new SignUpsHandler(
            new SignUpReview(
                    new SubscriptionLife(store, clock), new SignUpForms(DATA, new CompanySites(DATA)), clock, PARIS),
            new SignUpPages(Screens.packaged(), new CompanySites(DATA), new Moments(PARIS)),
            new FormGuard(new SiteOrigin(OriginGate.open())),
            OriginGate.open());

    static SignedInMember member(String name, Role role) {
        return new SignedInMember(
                "id-" + name.replace(' ', '-'), name, role, List.of(), "session-" + name, "csrf-" + name.length());
    }

    /** A sign-up sent through the public form; its answer (201, or 409 while another holds its site). */
    APIGatewayV2HTTPResponse submit(ObjectNode signUp) {
        return store.submissionHandler().handleRequest(SubscriptionEvents.json(signUp), null);
    }

    /** A sign-up sent through the public form, as stored. */
    StoredSubscription signUp(String street) {
        APIGatewayV2HTTPResponse placed = submit(company(street));
        if (placed.getStatusCode() != 201) {
            throw new IllegalStateException(placed.getStatusCode() + " " + placed.getBody());
        }
        try {
            return stored(JsonTrees.MAPPER
                    .readTree(placed.getBody())
                    .path("reference")
                    .asText());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static ObjectNode company(String street) {
        ObjectNode signUp = SubscriptionEvents.valid();
        signUp.put("companyStreet", street);
        return signUp;
    }

    StoredSubscription stored(String reference) {
        return store.find(reference).orElseThrow();
    }

    APIGatewayV2HTTPResponse get(String route, String reference, Map<String, String> query, SignedInMember member) {
        return handle(
                BackOfficeEvents.get(route, reference.isEmpty() ? Map.of() : Map.of("reference", reference), query),
                member);
    }

    /** A form from the sign-up's page: its Origin, the member's token, then the fields given. */
    APIGatewayV2HTTPResponse post(String route, String reference, SignedInMember member, String... fields) {
        Map<String, String> sent = new HashMap<>();
        sent.put(FormGuard.FIELD, member.csrfToken());
        sent.putAll(BackOfficeEvents.fields(fields));
        return handle(BackOfficeEvents.post(route, Map.of("reference", reference), sent), member);
    }

    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, SignedInMember member) {
        return handler.handleRequest(BackOfficeEvents.signedIn(event, member), null);
    }
}
