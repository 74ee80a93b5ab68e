package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer follows their order by the private link of its confirmation (page and e-mail) on dynalite and
 * aws-ses-v2-local: the story as the order moves, the cancellation while no partner has accepted (the partners and
 * the team told, a second one refused clearly), and every link or form that is not theirs refused without showing
 * or changing anything.
 */
class OrderFollowUpIT extends WithEmulatedOrders {
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "(https?://[^/\\s]+)?/api/orders/follow-up\\?reference=([A-Z2-9-]{9})&(?:amp;)?jeton=([A-Za-z0-9_-]{43})");
    private static final String HOST = "conciergerie.test";

    private OrderLife life;
    private OrderFollowUpHandler followUp;

    @BeforeEach
    void wiring() {
        world.emulators().mail().clearStore();
        OrderWiring wiring = world.wiring("OrderFollowUpFunction", clock);
        life = world.wiring("OrderFollowUpFunction", clock).life();
        followUp = new OrderFollowUpHandler(
                wiring.followUps(), wiring.formGuard(), wiring.originGate(), wiring.followUpPages());
    }

    @Test
    void givenAnOrder_thenItsConfirmationPageAndEmailGiveTheSameWorkingLinkAndItsPageTellsItsStory() throws Exception {
        // GIVEN an order placed (its answer gives the link), then sent again by the form's retry
        String body = OrderEvents.validJson(
                "Suivi", "suivi@exemple.fr", UUID.randomUUID().toString());
        APIGatewayV2HTTPResponse placed = submissions.handleRequest(fromTheSite(OrderEvents.json(body)), null);
        APIGatewayV2HTTPResponse replayed = submissions.handleRequest(fromTheSite(OrderEvents.json(body)), null);
        String followUpPath =
                JsonTrees.MAPPER.readTree(placed.getBody()).path("followUpUrl").asText();
        assertThat(JsonTrees.MAPPER
                        .readTree(replayed.getBody())
                        .path("followUpUrl")
                        .asText())
                .as("a replay gets the same link")
                .isEqualTo(followUpPath);
        Link link = Link.in(followUpPath).orElseThrow();
        notifier.handleRequest(EmulatedAws.insertEvent(world.storedOrders()), null);

        // THEN the confirmation page (with the answer's key) and the e-mail show that very link
        APIGatewayV2HTTPResponse confirmation = world.confirmationHandler()
                .handleRequest(
                        get(OrderPages.CONFIRMATION_PATH, Map.of("reference", link.reference, "jeton", link.key)),
                        null);
        assertThat(Link.in(confirmation.getBody())).contains(link);
        assertThat(confirmation.getHeaders()).containsEntry("Referrer-Policy", "no-referrer");
        ValidHtml.assertValid("the confirmation with its follow-up link", confirmation.getBody());
        APIGatewayV2HTTPResponse anyone = world.confirmationHandler()
                .handleRequest(get(OrderPages.CONFIRMATION_PATH, Map.of("reference", link.reference)), null);
        assertThat(Link.in(anyone.getBody()))
                .as("the reference alone shows no link")
                .isEmpty();
        SentMail confirmationMail = mailTo("suivi@exemple.fr").get(0);
        Optional<Link> mailed = Link.in(confirmationMail.text());
        assertThat(mailed).contains(link);
        assertThat(confirmationMail.text()).contains("http://" + HOST + link.path());
        assertThat(Link.in(confirmationMail.html())).contains(link);

        // AND its page tells what happened, in plain French, as the order moves on
        Document page = page(open(link));
        assertThat(page.select("main h1").text()).isEqualTo("Votre commande " + link.reference);
        assertThat(page.select("main ol li").eachText())
                .anySatisfy(step -> assertThat(step).endsWith("Commande reçue"))
                .anySatisfy(step -> assertThat(step).endsWith("Commande transmise à L'Atelier du Fer à Repasser"))
                .anySatisfy(step -> assertThat(step).endsWith("Commande transmise à La Cordonnerie Solidaire"));
        assertThat(page.select("main table tbody tr")).hasSize(2);
        assertThat(page.select("main").text())
                .contains("25,50", "Comptoir des Tilleuls")
                .doesNotContain("suivi@exemple.fr", "06 12");
        StoredOrder order = life.find(link.reference);
        life.answer(
                link.reference,
                order.version(),
                "cordonnerie-solidaire",
                1,
                LineStatus.REFUSED,
                Optional.of("Cuir épuisé"));
        life.answer(link.reference, order.version() + 1, "atelier-repassage", 0, LineStatus.ACCEPTED, Optional.empty());
        life.markReady(link.reference, order.version() + 2, new Staff("membre-1", "Camille"));
        APIGatewayV2HTTPResponse later = open(link);
        assertThat(page(later).select("main ol li").eachText())
                .anySatisfy(
                        step -> assertThat(step)
                                .endsWith(
                                        "La Cordonnerie Solidaire ne peut pas réaliser « Remplacement des talons » : Cuir épuisé"))
                .anySatisfy(step ->
                        assertThat(step).endsWith("L'Atelier du Fer à Repasser accepte « Repassage d'une chemise »"))
                .anySatisfy(step -> assertThat(step).endsWith("Commande prête au comptoir"));
        assertThat(page(later).select("main a[href*=annulation]"))
                .as("no longer cancellable by its customer")
                .isEmpty();
        assertThat(later.getHeaders())
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("X-Robots-Tag", "noindex, nofollow")
                .containsEntry("Cache-Control", "no-store");
        assertThat(later.getHeaders().get("Content-Security-Policy")).contains("script-src 'none'");
        ValidHtml.assertValid("a ready order's follow-up page", later.getBody());
    }

    @Test
    void givenAnOrderNoPartnerAccepted_whenItsCustomerCancelsIt_thenPartnersAndTeamAreToldAndASecondCancelIsRefused() {
        Link link = place("Annule");
        world.emulators().mail().clearStore();

        APIGatewayV2HTTPResponse confirm = followUp.handleRequest(get(FollowUpLinks.CANCEL_PATH, link.query()), null);
        assertThat(confirm.getStatusCode()).isEqualTo(200);
        ValidHtml.assertValid("the confirm step of a cancellation", confirm.getBody());
        String version = page(confirm).select("input[name=version]").val();
        APIGatewayV2HTTPResponse cancelled = followUp.handleRequest(cancel(link, version, "http://" + HOST), null);

        assertThat(cancelled.getStatusCode()).isEqualTo(303);
        assertThat(cancelled.getHeaders().get("Location")).isEqualTo(link.path());
        assertThat(life.find(link.reference).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.sentMails())
                .extracting(SentMail::subject)
                .containsExactlyInAnyOrder(
                        "Commande " + link.reference + " annulée – Comptoir des Tilleuls, mardi 10 mars 2026",
                        "Commande " + link.reference + " annulée – Comptoir des Tilleuls, mardi 10 mars 2026",
                        "Commande " + link.reference + " annulée par le client – Comptoir des Tilleuls");
        APIGatewayV2HTTPResponse after = open(link);
        assertThat(page(after).select("main [role=status]").text()).startsWith("Vous avez annulé cette commande.");
        assertThat(page(after).select("main ol li").eachText())
                .last()
                .asString()
                .endsWith("Vous avez annulé la commande");
        ValidHtml.assertValid("a cancelled order's follow-up page", after.getBody());

        APIGatewayV2HTTPResponse twice = followUp.handleRequest(cancel(link, version, "http://" + HOST), null);
        assertThat(twice.getStatusCode()).isEqualTo(409);
        assertThat(page(twice).select("main [role=alert]").text())
                .isEqualTo("Cette commande est déjà annulée : rien n'a été modifié.");
        ValidHtml.assertValid("a second cancellation refused", twice.getBody());
        assertThat(world.sentMails()).hasSize(3);
    }

    @Test
    void givenLinksAndFormsThatAreNotTheOrdersOwn_thenEachIsRefusedAndNothingIsShownNorChanged() {
        Link mine = place("Mienne");
        Link theirs = place("Autre");

        // another order's key, a forged key, a reference alone: the same refusal, nothing of either order shown
        for (Map<String, String> query : List.of(
                Map.of("reference", mine.reference, "jeton", theirs.key),
                Map.of("reference", mine.reference, "jeton", "A".repeat(43)),
                Map.of("reference", mine.reference),
                Map.of("reference", "ZZZZ-ZZZZ", "jeton", mine.key))) {
            APIGatewayV2HTTPResponse refused = followUp.handleRequest(get(FollowUpLinks.PATH, query), null);
            assertThat(refused.getStatusCode()).as(query.toString()).isEqualTo(404);
            assertThat(refused.getBody()).doesNotContain("Comptoir des Tilleuls", mine.reference + "<");
            assertThat(refused.getHeaders()).containsEntry("Referrer-Policy", "no-referrer");
        }
        ValidHtml.assertValid(
                "a follow-up link that opens nothing",
                followUp.handleRequest(get(FollowUpLinks.PATH, Map.of("reference", mine.reference)), null)
                        .getBody());

        // a cancellation from another site, without Origin, with another order's key, or with a stale version
        long version = life.find(mine.reference).version();
        assertThat(followUp.handleRequest(cancel(mine, Long.toString(version), "https://ailleurs.example"), null)
                        .getStatusCode())
                .isEqualTo(403);
        assertThat(followUp.handleRequest(cancel(mine, Long.toString(version), null), null)
                        .getStatusCode())
                .isEqualTo(403);
        assertThat(followUp.handleRequest(
                                cancel(new Link(mine.reference, theirs.key), Long.toString(version), "http://" + HOST),
                                null)
                        .getStatusCode())
                .isEqualTo(404);
        life.answer(mine.reference, version, "atelier-repassage", 0, LineStatus.ACCEPTED, Optional.empty());
        APIGatewayV2HTTPResponse stale =
                followUp.handleRequest(cancel(mine, Long.toString(version), "http://" + HOST), null);
        assertThat(stale.getStatusCode()).isEqualTo(409);
        assertThat(page(stale).select("main [role=alert]").text()).contains("ne peut plus être annulée en ligne");

        assertThat(life.find(mine.reference).status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(life.find(theirs.reference).status()).isEqualTo(OrderStatus.RECEIVED);
    }

    private Link place(String name) {
        APIGatewayV2HTTPResponse placed = submissions.handleRequest(
                fromTheSite(OrderEvents.json(OrderEvents.validJson(
                        name,
                        name.toLowerCase() + "@exemple.fr",
                        UUID.randomUUID().toString()))),
                null);
        // Its e-mails leave, as the table's stream has the notifier send them.
        notifier.handleRequest(EmulatedAws.insertEvent(world.storedOrders()), null);
        try {
            return Link.in(JsonTrees.MAPPER
                            .readTree(placed.getBody())
                            .path("followUpUrl")
                            .asText())
                    .orElseThrow();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private APIGatewayV2HTTPResponse open(Link link) {
        return followUp.handleRequest(get(FollowUpLinks.PATH, link.query()), null);
    }

    private List<SentMail> mailTo(String address) {
        return world.sentMails().stream()
                .filter(mail -> mail.to().contains(address))
                .toList();
    }

    private static Document page(APIGatewayV2HTTPResponse response) {
        return Jsoup.parse(response.getBody());
    }

    private static APIGatewayV2HTTPEvent fromTheSite(APIGatewayV2HTTPEvent event) {
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("host", HOST);
        event.setHeaders(headers);
        return event;
    }

    private static APIGatewayV2HTTPEvent get(String path, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = ApiEvents.get(path, query);
        event.setHeaders(Map.of("host", HOST));
        return event;
    }

    private static APIGatewayV2HTTPEvent cancel(Link link, String version, String origin) {
        Map<String, String> fields = Map.of("reference", link.reference, "jeton", link.key, "version", version);
        APIGatewayV2HTTPEvent event = ApiEvents.post(
                FollowUpLinks.CANCEL_PATH,
                "application/x-www-form-urlencoded",
                fields.entrySet().stream()
                        .map(field ->
                                field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")),
                "203.0.113.9");
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("host", HOST);
        if (origin != null) {
            headers.put("origin", origin);
        }
        event.setHeaders(headers);
        return event;
    }

    /** A follow-up link: its order's reference and its key (Jsoup reads non-breaking spaces as spaces). */
    private record Link(String reference, String key) {
        static Optional<Link> in(String text) {
            Matcher found = FOLLOW_UP.matcher(text);
            return found.find() ? Optional.of(new Link(found.group(2), found.group(3))) : Optional.empty();
        }

        Map<String, String> query() {
            return Map.of("reference", reference, "jeton", key);
        }

        String path() {
            return FollowUpLinks.query(FollowUpLinks.PATH, reference, key);
        }
    }
}
