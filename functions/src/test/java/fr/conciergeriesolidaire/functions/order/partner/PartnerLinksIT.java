package fr.conciergeriesolidaire.functions.order.partner;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.location;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.order.OrderJson;
import fr.conciergeriesolidaire.functions.order.WithOrderWorld;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The partners' links as template.yaml builds the functions, on dynalite and aws-ses-v2-local: each partner e-mail
 * carries its link, stored once however often the notifier runs; the link found in the mail store opens the
 * partner's page, whose refusal tells the customer at once, once; and another partner's link opens nothing of it.
 */
class PartnerLinksIT extends WithOrderWorld {
    private static final Pattern LINK =
            Pattern.compile("https://www\\.conciergerie-solidaire-51\\.example/api/partenaire/([A-Za-z0-9_-]{43})");
    private static final String IRONING_EMAIL = "commandes@atelier-repassage.example";
    private static final String SHOES_EMAIL = "atelier@cordonnerie-solidaire.example";

    private PartnerLinkHandler partnerPage;

    @BeforeAll
    void handler() {
        partnerPage = new PartnerLinkHandler(
                new PartnerWiring(new Environment(world.environmentOf("PartnerLinkFunction")), clock));
    }

    @Test
    void givenANotifierThatFailsThenRetries_thenEachPartnerGetsOneLinkStoredOnceAndItsLinesRecordedOnce() {
        assumeTrue(world.emulators().mail().isChildProcess(), "SES given from outside: no outage to simulate");
        String reference = order("Irène");
        world.emulators().mail().stop();

        world.notify(clock, reference);
        world.emulators().mail().start();
        clock.advance(Duration.ofMinutes(2));
        world.sweep(clock);
        world.sweep(clock);

        assertThat(partnerTokensOf(reference))
                .as("one per partner, the retry stored none")
                .hasSize(2);
        assertThat(world.items("PartnerLinesTable"))
                .filteredOn(item -> item.get("reference").s().equals(reference))
                .extracting(item -> item.get("partnerId").s())
                .containsExactlyInAnyOrder("atelier-repassage", "cordonnerie-solidaire");
        assertThat(mailsTo(IRONING_EMAIL, reference)).hasSize(1);
        assertThat(linkIn(mailsTo(IRONING_EMAIL, reference).get(0)))
                .isNotEqualTo(linkIn(mailsTo(SHOES_EMAIL, reference).get(0)));
        assertThat(world.items("AccessTokensTable").toString())
                .doesNotContain(linkIn(mailsTo(IRONING_EMAIL, reference).get(0)));
    }

    @Test
    void givenThePartnersLinkFromItsEMail_whenItDeclinesALine_thenTheCustomerIsToldAtOnceOnceWithTheReason() {
        String reference = order("Jules");
        world.notify(clock, reference);
        String link = linkIn(mailsTo(IRONING_EMAIL, reference).get(0));

        APIGatewayV2HTTPResponse page = partnerPage.handleRequest(PartnerEvents.get(link), null);
        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(main(page)).contains(reference, "Jules", "Repassage").doesNotContain("talons", "Martin");
        String token = page(page).select("input[name=csrf]").first().attr("value");

        APIGatewayV2HTTPResponse answer =
                answer(link, token, reference, Map.of("answer", "refuse", "reason", "Machine en panne cette semaine"));
        world.sweep(clock);
        clock.advance(Duration.ofMinutes(10));
        world.sweep(clock);

        assertThat(location(answer)).isEqualTo("/api/partenaire/" + link + "?fait=service-refuse");
        List<SentMail> toCustomer = world.sentMails().stream()
                .filter(mail -> mail.to().contains(OrderJson.email("Jules")))
                .filter(mail -> mail.subject().contains("ne pourra pas être réalisé"))
                .toList();
        assertThat(toCustomer)
                .singleElement()
                .satisfies(mail -> assertThat(mail.text())
                        .contains(
                                "L'Atelier du Fer à Repasser ne pourra pas réaliser",
                                "Motif\u00a0: Machine en panne cette semaine"));
        assertThat(world.storedOrder(reference).get("history").l())
                .singleElement()
                .satisfies(entry -> assertThat(entry.m().get("by").s()).isEqualTo("partner:atelier-repassage"));
    }

    @Test
    void givenAnotherPartnersLinkOrAForgedOne_thenTheLineCannotBeAnsweredAndNothingChangesOnRealStorage() {
        String reference = order("Katia");
        world.notify(clock, reference);
        String shoesLink = linkIn(mailsTo(SHOES_EMAIL, reference).get(0));
        APIGatewayV2HTTPResponse shoesPage = partnerPage.handleRequest(PartnerEvents.get(shoesLink), null);
        String shoesToken = page(shoesPage).select("input[name=csrf]").first().attr("value");

        APIGatewayV2HTTPResponse answer = answer(shoesLink, shoesToken, reference, Map.of("answer", "accepte"));
        APIGatewayV2HTTPResponse forged = partnerPage.handleRequest(PartnerEvents.get("Z".repeat(43)), null);

        assertThat(main(shoesPage)).doesNotContain("Repassage");
        assertThat(answer.getStatusCode()).isEqualTo(404);
        assertThat(forged.getStatusCode()).isEqualTo(404);
        assertThat(world.storedOrder(reference).get("version").n()).isEqualTo("1");
    }

    @Test
    void givenALinkPastItsOrdersDropOffByAMonth_thenItOpensNothing() {
        MutableClock later = new MutableClock(clock.instant());
        PartnerLinkHandler pageLater = new PartnerLinkHandler(
                new PartnerWiring(new Environment(world.environmentOf("PartnerLinkFunction")), later));
        String reference = order("Léon");
        world.notify(clock, reference);
        String link = linkIn(mailsTo(IRONING_EMAIL, reference).get(0));

        later.advance(Duration.ofDays(40));

        assertThat(pageLater.handleRequest(PartnerEvents.get(link), null).getStatusCode())
                .isEqualTo(404);
        assertThat(partnerPage.handleRequest(PartnerEvents.get(link), null).getStatusCode())
                .isEqualTo(200);
    }

    /** An answer for the shirts' line of the order, on its first version, from the page of that link. */
    private APIGatewayV2HTTPResponse answer(String link, String token, String reference, Map<String, String> answer) {
        Map<String, String> fields = new java.util.HashMap<>(answer);
        fields.put("reference", reference);
        fields.put("line", ironingLine(reference));
        fields.put("version", "1");
        return partnerPage.handleRequest(PartnerEvents.answer(link, token, fields), null);
    }

    private String order(String firstName) {
        return world.place(
                clock,
                "comptoir-tilleuls",
                "2026-03-10",
                "16:30-17:00",
                firstName,
                Map.of("repassage-chemise", 3, "talons", 1));
    }

    /** The index of the shirts' line (the ironing partner's) in the stored order. */
    private String ironingLine(String reference) {
        List<AttributeValue> lines = world.storedOrder(reference).get("lines").l();
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).m().get("partnerId").s().equals("atelier-repassage")) {
                return Integer.toString(index);
            }
        }
        throw new AssertionError("No ironing line in " + reference);
    }

    private List<Map<String, AttributeValue>> partnerTokensOf(String reference) {
        return world.items("AccessTokensTable").stream()
                .filter(item -> item.get("kind").s().equals("PARTNER"))
                .filter(item -> item.get("boundTo").m().get("order").s().equals(reference))
                .toList();
    }

    private List<SentMail> mailsTo(String address, String reference) {
        return world.sentMails().stream()
                .filter(mail -> mail.to().contains(address) && mail.subject().contains(reference))
                .toList();
    }

    private static String linkIn(SentMail mail) {
        Matcher matcher = LINK.matcher(mail.text());
        assertThat(matcher.find()).as("a partner's link in " + mail.text()).isTrue();
        return matcher.group(1);
    }

    /** The partner's page's requests, as its browser sends them. */
    private static final class PartnerEvents {
        static com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent get(String link) {
            return BackOfficeEvents.get(PartnerLinkHandler.SHOW, Map.of("jeton", link), Map.of());
        }

        static com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent answer(
                String link, String token, Map<String, String> fields) {
            Map<String, String> all = new java.util.HashMap<>(fields);
            all.put("csrf", token);
            return BackOfficeEvents.post(PartnerLinkHandler.ANSWER, Map.of("jeton", link), all);
        }
    }
}
