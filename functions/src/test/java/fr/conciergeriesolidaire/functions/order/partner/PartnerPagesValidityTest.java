package fr.conciergeriesolidaire.functions.order.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.order.LineStatus;
import fr.conciergeriesolidaire.functions.order.Staff;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import fr.conciergeriesolidaire.functions.records.StorageUnavailableException;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.testing.ValidPages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every page a partner meets from its links, in every state, valid in the site's real shell. */
class PartnerPagesValidityTest {
    private final InMemoryPartners partners = new InMemoryPartners();
    private final PartnerLinkHandler handler = partners.handler();

    @Test
    void givenEveryPageAndStateThenEachIsValidHtmlWithOneHeadingAndLabelledControls() {
        StoredOrder order = partners.order("comptoir-tilleuls", "2026-03-03", "16:30-17:00", "Alice");
        String link = partners.tell(order, "atelier-repassage");
        Map<String, APIGatewayV2HTTPResponse> shown = new LinkedHashMap<>();
        shown.put("alone", handler.handleRequest(InMemoryPartners.get(link), null));
        StoredOrder other = partners.order("comptoir-canal", "2026-03-04", "14:00-14:30", "Bruno");
        StoredOrder accepted = partners.order("comptoir-canal", "2026-03-07", "10:00-10:30", "Chloé");
        partners.tell(other, "atelier-repassage");
        partners.tell(accepted, "atelier-repassage");
        partners.life.answer(accepted.reference(), 1, "atelier-repassage", 0, LineStatus.ACCEPTED, Optional.empty());
        shown.put("with its other orders", handler.handleRequest(InMemoryPartners.get(link), null));
        shown.put(
                "said so",
                handler.handleRequest(
                        BackOfficeEvents.get(
                                PartnerLinkHandler.SHOW, Map.of("jeton", link), Map.of("fait", "service-refuse")),
                        null));
        shown.put("no reason", answer(link, order, "refuse", "1"));
        partners.life.answer(order.reference(), 1, "cordonnerie-solidaire", 1, LineStatus.ACCEPTED, Optional.empty());
        shown.put("conflict", answer(link, order, "accepte", "1"));
        partners.life.answer(order.reference(), 2, "atelier-repassage", 0, LineStatus.REFUSED, Optional.of("Fermé"));
        shown.put("refused", handler.handleRequest(InMemoryPartners.get(link), null));
        shown.put("not any more", answer(link, order, "pret", "3"));
        partners.life.cancel(order.reference(), 3, new Staff("m", "Alix"), "Client absent");
        shown.put("cancelled", handler.handleRequest(InMemoryPartners.get(link), null));
        shown.put("unknown link", handler.handleRequest(InMemoryPartners.get("Q".repeat(43)), null));
        shown.put(
                "forged answer",
                handler.handleRequest(
                        BackOfficeEvents.post(
                                PartnerLinkHandler.ANSWER, Map.of("jeton", link), Map.of("answer", "accepte")),
                        null));
        PartnerFailures failures =
                new PartnerFailures(Screens.packaged(), PackagedSiteData.data().organisation());
        shown.put(
                "storage down",
                failures.of(
                                new StorageUnavailableException(new IllegalStateException()),
                                ScreenFrame.visitor(HttpRequest.from(InMemoryPartners.get(link))))
                        .toEvent());

        ValidPages.assertEach(shown);
        assertThat(shown.get("no reason").getStatusCode()).isEqualTo(400);
        assertThat(shown.get("conflict").getStatusCode()).isEqualTo(409);
        assertThat(shown.get("not any more").getStatusCode()).isEqualTo(409);
        assertThat(shown.get("unknown link").getStatusCode()).isEqualTo(404);
        assertThat(shown.get("forged answer").getStatusCode()).isEqualTo(403);
        assertThat(shown.get("storage down").getStatusCode()).isEqualTo(503);
    }

    private APIGatewayV2HTTPResponse answer(String link, StoredOrder order, String answer, String version) {
        return handler.handleRequest(
                partners.answer(
                        link,
                        Map.of("reference", order.reference(), "line", "0", "version", version, "answer", answer)),
                null);
    }
}
