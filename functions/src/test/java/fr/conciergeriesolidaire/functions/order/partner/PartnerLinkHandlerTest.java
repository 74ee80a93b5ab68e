package fr.conciergeriesolidaire.functions.order.partner;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.location;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.order.HistoryEntry;
import fr.conciergeriesolidaire.functions.order.LineStatus;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A partner's page from its e-mail's link, on in-memory parts: what it shows, each answer, and every refusal. */
class PartnerLinkHandlerTest {
    private static final String IRONING = "atelier-repassage";
    private static final String SHOES = "cordonnerie-solidaire";

    private final InMemoryPartners partners = new InMemoryPartners();
    private final PartnerLinkHandler handler = partners.handler();
    private final StoredOrder order = partners.order("comptoir-tilleuls", "2026-03-03", "16:30-17:00", "Alice");
    private final String link = partners.tell(order, IRONING);

    @Test
    void givenThePartnersLink_thenItsPageShowsOnlyItsLinesTheFirstNameTheSlotAndTheCounterAndLeaksNothing() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(InMemoryPartners.get(link), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders())
                .containsEntry("Cache-Control", "no-store")
                .containsEntry("X-Robots-Tag", "noindex, nofollow")
                .containsEntry("Referrer-Policy", "no-referrer");
        assertThat(page(response).select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(main(response))
                .contains("Commande " + order.reference(), "L'Atelier du Fer à Repasser", "Alice")
                .contains("mardi 3 mars 2026", "Comptoir des Tilleuls", "3 × Repassage d'une chemise")
                .contains("Accepter", "C'est prêt", "Refuser ce service")
                .doesNotContain("Martin", "06 12 34 56 78", "alice@exemple.fr", "talons", "Cordonnerie");
        assertThat(page(response).select("form[action='/api/partenaire/" + link + "'] input[name=csrf]"))
                .isNotEmpty()
                .allSatisfy(input -> assertThat(input.attr("value")).isEqualTo(partners.formToken(link)));
    }

    @Test
    void givenOtherOrdersOfThePartner_thenItsPageListsThoseStillToDoInTheComingDaysAndNoOneElses() {
        StoredOrder later = partners.order("comptoir-canal", "2026-03-04", "14:00-14:30", "Bruno");
        StoredOrder refused = partners.order("comptoir-canal", "2026-03-07", "10:00-10:30", "Chloé");
        StoredOrder tooFar = partners.order("comptoir-tilleuls", "2026-03-24", "16:00-16:30", "Dina");
        StoredOrder notTold = partners.order("comptoir-tilleuls", "2026-03-05", "16:00-16:30", "Eve");
        partners.tell(later, IRONING);
        partners.tell(refused, IRONING);
        partners.tell(tooFar, IRONING);
        partners.tell(notTold, SHOES);
        partners.life.answer(refused.reference(), 1, IRONING, 0, LineStatus.REFUSED, Optional.of("Fermé"));

        String main = main(handler.handleRequest(InMemoryPartners.get(link), null));

        assertThat(main)
                .contains(later.reference(), "Bruno", "mercredi 4 mars 2026")
                .doesNotContain(refused.reference(), tooFar.reference(), notTold.reference(), "Eve");
    }

    @Test
    void givenThePartnerAccepting_thenTheLineIsAcceptedUnderItsNameAndThePageSaysSo() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(answer("accepte", Map.of()), null);

        assertThat(location(response)).isEqualTo("/api/partenaire/" + link + "?fait=service-accepte");
        assertThat(response.getHeaders()).containsEntry("Referrer-Policy", "no-referrer");
        StoredOrder now = partners.stored(order.reference());
        assertThat(now.lines().get(0).status()).isEqualTo(LineStatus.ACCEPTED);
        assertThat(now.history()).extracting(HistoryEntry::by).containsExactly("partner:" + IRONING);
        var shown = handler.handleRequest(
                BackOfficeEvents.get(PartnerLinkHandler.SHOW, Map.of("jeton", link), Map.of("fait", "service-accepte")),
                null);
        assertThat(main(shown))
                .contains("vous avez accepté ce service", "acceptée")
                .doesNotContain("Accepter");
    }

    @Test
    void givenThePartnerDecliningWithAReason_thenTheLineIsRefusedWithIt() {
        APIGatewayV2HTTPResponse response =
                handler.handleRequest(answer("refuse", Map.of("reason", "Machine en panne")), null);

        assertThat(location(response)).endsWith("?fait=service-refuse");
        StoredOrder now = partners.stored(order.reference());
        assertThat(now.lines().get(0).status()).isEqualTo(LineStatus.REFUSED);
        assertThat(now.lines().get(0).reason()).contains("Machine en panne");
    }

    @Test
    void givenThePartnerMarkingItReady_thenTheLineIsReady() {
        assertThat(location(handler.handleRequest(answer("pret", Map.of()), null)))
                .endsWith("?fait=service-pret");

        assertThat(partners.stored(order.reference()).lines().get(0).status()).isEqualTo(LineStatus.READY);
    }

    @Test
    void givenADeclineWithoutReason_thenRefused400BesideThatLinesFormAndNothingChanged() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(answer("refuse", Map.of("reason", " ")), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        var page = page(response);
        assertThat(page.select("#reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#reason-erreur").text()).startsWith("Indiquez le motif");
        assertThat(page.select(".error-summary a[href=#reason]")).hasSize(1);
        assertUnchanged();
    }

    @Test
    void givenAnUnknownAnswer_thenRefused400() {
        assertThat(handler.handleRequest(answer("peut-etre", Map.of()), null).getStatusCode())
                .isEqualTo(400);
        assertUnchanged();
    }

    @Test
    void givenAnotherPartnersLineOfTheSameOrder_thenItDoesNotExistForThePartner() {
        Map<String, String> fields = fields("accepte");
        fields.put("line", "1");

        APIGatewayV2HTTPResponse response = handler.handleRequest(partners.answer(link, fields), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertUnchanged();
    }

    @Test
    void givenAnOrderWithoutThePartnersLines_thenItDoesNotExistForThePartner() {
        StoredOrder shoesOnly =
                partners.orders.place("comptoir-tilleuls", "2026-03-05", "16:00-16:30", "Fanny", Map.of("talons", 1));
        Map<String, String> fields = fields("accepte");
        fields.put("reference", shoesOnly.reference());
        fields.put("line", "0");

        APIGatewayV2HTTPResponse response = handler.handleRequest(partners.answer(link, fields), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(partners.stored(shoesOnly.reference()).version()).isEqualTo(1);
    }

    @Test
    void givenAnotherPartnersLinkToTheSameOrder_thenItCanNeitherSeeNorAnswerTheFirstPartnersLines() {
        String shoesLink = partners.tell(order, SHOES);

        String main = main(handler.handleRequest(InMemoryPartners.get(shoesLink), null));
        APIGatewayV2HTTPResponse answered = handler.handleRequest(partners.answer(shoesLink, fields("accepte")), null);

        assertThat(main).contains("Remplacement des talons").doesNotContain("Repassage");
        assertThat(answered.getStatusCode()).isEqualTo(404);
        assertUnchanged();
    }

    @Test
    void givenAForgedAMalformedOrAnExpiredLink_thenNotFoundAndNothingChanged() {
        String forged = "A".repeat(43);
        for (String wrong : List.of(forged, "court", link + "x")) {
            assertThat(handler.handleRequest(InMemoryPartners.get(wrong), null).getStatusCode())
                    .isEqualTo(404);
        }
        APIGatewayV2HTTPResponse forgedAnswer = handler.handleRequest(partners.answer(forged, fields("accepte")), null);
        assertThat(forgedAnswer.getStatusCode()).isEqualTo(404);
        assertThat(forgedAnswer.getHeaders()).containsEntry("Referrer-Policy", "no-referrer");
        assertThat(main(forgedAnswer)).contains("Ce lien ne fonctionne pas ou plus");

        partners.clock.advance(Duration.ofDays(32));
        assertThat(handler.handleRequest(InMemoryPartners.get(link), null).getStatusCode())
                .isEqualTo(404);
        assertThat(handler.handleRequest(answer("accepte", Map.of()), null).getStatusCode())
                .isEqualTo(404);
        assertUnchanged();
    }

    @Test
    void givenAnAnswerWithoutTheTokenWithAnotherLinksOrFromAnotherOrigin_thenRefused403AndNothingChanged() {
        String otherLink =
                partners.tell(partners.order("comptoir-canal", "2026-03-04", "14:00-14:30", "Bruno"), IRONING);
        Map<String, String> noToken = fields("accepte");
        Map<String, String> otherToken = fields("accepte");
        otherToken.put("csrf", partners.formToken(otherLink));
        Map<String, String> rightToken = fields("accepte");
        rightToken.put("csrf", partners.formToken(link));

        for (APIGatewayV2HTTPEvent event : List.of(
                BackOfficeEvents.post(PartnerLinkHandler.ANSWER, Map.of("jeton", link), noToken),
                BackOfficeEvents.post(PartnerLinkHandler.ANSWER, Map.of("jeton", link), otherToken),
                BackOfficeEvents.post(
                        PartnerLinkHandler.ANSWER, Map.of("jeton", link), rightToken, "https://evil.example"),
                BackOfficeEvents.post(PartnerLinkHandler.ANSWER, Map.of("jeton", link), rightToken, null))) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            assertThat(response.getStatusCode()).isEqualTo(403);
            assertThat(response.getHeaders()).containsEntry("Referrer-Policy", "no-referrer");
        }
        assertUnchanged();
    }

    @Test
    void givenTheOpaqueOriginBrowsersSendFromANoReferrerPage_thenOnlyTheLinksTokenDecides() {
        Map<String, String> wrongToken = fields("accepte");
        wrongToken.put("csrf", "pas-le-bon");
        Map<String, String> rightToken = fields("accepte");
        rightToken.put("csrf", partners.formToken(link));

        APIGatewayV2HTTPResponse forged = handler.handleRequest(
                BackOfficeEvents.post(PartnerLinkHandler.ANSWER, Map.of("jeton", link), wrongToken, "null"), null);
        assertThat(forged.getStatusCode()).isEqualTo(403);
        assertUnchanged();

        APIGatewayV2HTTPResponse fromItsPage = handler.handleRequest(
                BackOfficeEvents.post(PartnerLinkHandler.ANSWER, Map.of("jeton", link), rightToken, "null"), null);
        assertThat(fromItsPage.getStatusCode()).isEqualTo(303);
        assertThat(partners.stored(order.reference()).lines().get(0).status()).isEqualTo(LineStatus.ACCEPTED);
    }

    @Test
    void givenARequestThatDidNotComeThroughCloudFront_thenRefused403() {
        PartnerLinkHandler behindCloudFront =
                partners.handler(OriginGate.of(Optional.of("secret-de-cloudfront-de-32-caracteres-au-moins")));

        APIGatewayV2HTTPResponse response = behindCloudFront.handleRequest(InMemoryPartners.get(link), null);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(response.getBody()).doesNotContain("Alice");
    }

    @Test
    void givenAnAnswerOnAVersionSeenBeforeAChange_thenRefused409WithTheOrderAsItIsNow() {
        partners.life.answer(order.reference(), 1, SHOES, 1, LineStatus.ACCEPTED, Optional.empty());

        APIGatewayV2HTTPResponse response = handler.handleRequest(answer("accepte", Map.of()), null);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(page(response).select("main [role=alert]").text()).contains("votre réponse n'a pas été enregistrée");
        assertThat(partners.stored(order.reference()).lines().get(0).status()).isEqualTo(LineStatus.PENDING);
    }

    @Test
    void givenAnAnswerALineNoLongerAllows_thenRefused409AndSaidSo() {
        partners.life.answer(order.reference(), 1, IRONING, 0, LineStatus.READY, Optional.empty());
        Map<String, String> fields = fields("refuse");
        fields.put("version", "2");
        fields.put("reason", "Trop tard");

        APIGatewayV2HTTPResponse response = handler.handleRequest(partners.answer(link, fields), null);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(main(response)).contains("Ce service a déjà reçu cette réponse");
        assertThat(partners.stored(order.reference()).lines().get(0).status()).isEqualTo(LineStatus.READY);
    }

    @Test
    void givenACancelledOrder_thenItsPageSaysSoAndOffersNoAnswer() {
        partners.life.cancel(
                order.reference(), 1, new fr.conciergeriesolidaire.functions.order.Staff("m", "Alix"), "Client absent");

        String main = main(handler.handleRequest(InMemoryPartners.get(link), null));

        assertThat(main).contains("Cette commande est annulée").doesNotContain("Accepter", "Refuser ce service");
    }

    @Test
    void givenTheSnapStartPriming_thenNothingIsChanged() {
        handler.prime();

        assertUnchanged();
    }

    private void assertUnchanged() {
        StoredOrder now = partners.stored(order.reference());
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.lines()).allSatisfy(line -> assertThat(line.status()).isEqualTo(LineStatus.PENDING));
    }

    private APIGatewayV2HTTPEvent answer(String answer, Map<String, String> more) {
        Map<String, String> fields = fields(answer);
        fields.putAll(more);
        return partners.answer(link, fields);
    }

    /** The fields of the forms of the link's order's first line (the shirts, the ironing partner's). */
    private Map<String, String> fields(String answer) {
        Map<String, String> fields = new HashMap<>();
        fields.put("reference", order.reference());
        fields.put("line", "0");
        fields.put("version", "1");
        fields.put("answer", answer);
        return fields;
    }
}
