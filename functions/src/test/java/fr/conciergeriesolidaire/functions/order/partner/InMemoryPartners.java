package fr.conciergeriesolidaire.functions.order.partner;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.order.InMemoryOrders;
import fr.conciergeriesolidaire.functions.order.InMemoryPartnerLines;
import fr.conciergeriesolidaire.functions.order.OrderLife;
import fr.conciergeriesolidaire.functions.order.PartnerLine;
import fr.conciergeriesolidaire.functions.order.PartnerLinks;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.testing.InMemoryAccessTokens;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The partners' page on in-memory parts, for handler tests: orders placed as customers would, each partner told as the
 * notifier does (its lines recorded, its link stored), and the link's requests as API Gateway hands them over.
 */
final class InMemoryPartners {
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** In this order: the shirts are line 0 (the ironing partner's), the heels line 1 (the cobbler's). */
    static final Map<String, Integer> SHIRTS_AND_HEELS = shirtsAndHeels();

    static final String SITE = "https://www.exemple.fr";

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryOrders orders = new InMemoryOrders(clock);
    final InMemoryAccessTokens tokens = new InMemoryAccessTokens();
    final InMemoryPartnerLines lines = new InMemoryPartnerLines();
    final SecretTokens secrets = new SecretTokens(TestParts.HASH);
    final PartnerLinks links = new PartnerLinks(
            secrets, tokens, SITE, PackagedSiteData.data().policies().retention());
    final OrderLife life = orders.life();
    final PartnerFormGuard guard =
            new PartnerFormGuard(new FormGuard(new SiteOrigin(OriginGate.open())), secrets, TestParts.HASH);

    PartnerLinkHandler handler() {
        return handler(OriginGate.open());
    }

    PartnerLinkHandler handler(OriginGate gate) {
        return new PartnerLinkHandler(
                new PartnerDesk(links, lines, orders, life, clock, ZONE),
                guard,
                new PartnerPages(Screens.packaged(), PackagedSiteData.data().organisation()),
                new PartnerFailures(Screens.packaged(), PackagedSiteData.data().organisation()),
                gate);
    }

    /** An order of three shirts (L'Atelier du Fer à Repasser) and a pair of heels (La Cordonnerie Solidaire). */
    StoredOrder order(String counter, String date, String window, String firstName) {
        return orders.place(counter, date, window, firstName, SHIRTS_AND_HEELS);
    }

    /** The partner told of the order as the notifier tells it: its lines recorded, its link's value (as e-mailed). */
    String tell(StoredOrder order, String partnerId) {
        lines.record(PartnerLine.of(order, partnerId, links.expiry(order)));
        String link = links.issue(order, partnerId, clock.instant());
        return link.substring((SITE + PartnerLinks.PATH).length());
    }

    StoredOrder stored(String reference) {
        return orders.find(reference).orElseThrow();
    }

    static APIGatewayV2HTTPEvent get(String link) {
        return BackOfficeEvents.get(PartnerLinkHandler.SHOW, Map.of("jeton", link), Map.of());
    }

    /** An answer posted from the link's page: its Origin and its token. */
    APIGatewayV2HTTPEvent answer(String link, Map<String, String> fields) {
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put(PartnerFields.CSRF, formToken(link));
        return BackOfficeEvents.post(PartnerLinkHandler.ANSWER, Map.of("jeton", link), withToken);
    }

    String formToken(String link) {
        return guard.tokenOf(secrets.hashOf(link).orElseThrow());
    }

    private static Map<String, Integer> shirtsAndHeels() {
        Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        lines.put("repassage-chemise", 3);
        lines.put("talons", 1);
        return lines;
    }
}
