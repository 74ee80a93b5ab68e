package fr.conciergeriesolidaire.functions.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "Mes données" against whoever is not the person: the request answers the same for an address no record holds, and
 * is limited per address; a forged, expired or used link, a form from another site, and a link reaching for another
 * person's record are refused, showing and changing nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyDataSecurityIT {
    private static final Resident ALICE =
            new Resident("Alicette", "Gardée", "06 12 12 12 12", "+33612121212", "alicette.gardee@exemple.fr");
    private static final Resident BOB =
            new Resident("Bobinot", "Voisin", "06 13 13 13 13", "+33613131313", "bobinot.voisin@exemple.fr");

    private ResidentsWorld world;
    private String aliceOrder;
    private String bobOrder;

    @BeforeAll
    void start() {
        world = new ResidentsWorld();
        aliceOrder = world.placeOrder(ALICE);
        bobOrder = world.placeOrder(BOB);
        world.notifyNewRecords();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void givenAnAddressNoRecordHolds_thenTheAnswerAndTheWorkDoneAreTheSameAndNothingIsSent() {
        APIGatewayV2HTTPResponse known = world.requestLink(ALICE.email());
        APIGatewayV2HTTPResponse unknown = world.requestLink("personne@exemple.fr");

        assertThat(unknown.getStatusCode()).isEqualTo(known.getStatusCode()).isEqualTo(303);
        assertThat(unknown.getHeaders()).isEqualTo(known.getHeaders());
        assertThat(unknown.getBody()).isEqualTo(known.getBody());
        assertThat(world.items("MyDataRequestsTable"))
                .as("each request stored the same way, before anything looks at the records")
                .hasSize(2)
                .allSatisfy(item -> assertThat(item.keySet())
                        .containsExactlyInAnyOrder(
                                "requestId", "kind", "email", "origin", "erased", "createdAt", "expiresAt"));
        int mailsBefore = world.aws.sentMails().size();
        world.sendRequestedMails();

        assertThat(world.aws.sentMails()).hasSize(mailsBefore + 1);
        assertThat(world.mailsTo("personne@exemple.fr")).isEmpty();
        assertThat(world.items("MyDataRequestsTable"))
                .as("forgotten once handled")
                .isEmpty();
        APIGatewayV2HTTPResponse page = world.myDataRequestPage();
        assertThat(Jsoup.parse(page.getBody()).select("main [role=status]").text())
                .startsWith("Si nous gardons des données sous cette adresse");
        ValidHtml.assertValid("the answer to a request", page.getBody());
    }

    @Test
    void givenRequestsForOneAddressOrFromAnotherSite_thenTheyAreRefusedWithoutSayingWhetherARecordHoldsIt() {
        APIGatewayV2HTTPResponse invalid = world.requestLink("pas-une-adresse");
        assertThat(invalid.getStatusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(invalid.getBody()).select("main [role=alert] a").attr("href"))
                .isEqualTo("/mes-donnees/#email");
        ValidHtml.assertValid("an address refused", invalid.getBody());

        MyDataWiring wiring = world.wiring("MyDataRequestFunction");
        MyDataRequestHandler handler = new MyDataRequestHandler(
                wiring.requestService(), wiring.formGuard(), wiring.clientAddress(), wiring.pages());
        assertThat(handler.handleRequest(
                                ResidentEvents.form(
                                        MyDataPages.REQUEST_PATH,
                                        Map.of("email", BOB.email()),
                                        "https://ailleurs.example"),
                                null)
                        .getStatusCode())
                .isEqualTo(403);

        for (String address : List.of("limite-connue@exemple.fr", BOB.email())) {
            for (int request = 0; request < MyDataRequestService.PER_ADDRESS; request++) {
                world.requestLink(address);
            }
        }
        APIGatewayV2HTTPResponse unknownLimited = world.requestLink("limite-connue@exemple.fr");
        APIGatewayV2HTTPResponse knownLimited = world.requestLink(BOB.email());
        assertThat(knownLimited.getStatusCode())
                .isEqualTo(unknownLimited.getStatusCode())
                .isEqualTo(429);
        assertThat(Jsoup.parse(knownLimited.getBody()).select("main").text())
                .isEqualTo(Jsoup.parse(unknownLimited.getBody()).select("main").text())
                .contains("Trop de demandes de lien");
        ValidHtml.assertValid("a request refused past the limit", knownLimited.getBody());
        world.sendRequestedMails();
    }

    @Test
    void givenLinksThatOpenNothing_thenEachIsRefusedAndShowsNothing() {
        String aliceKey = world.linkKey(ALICE.email());
        for (String key : List.of("A".repeat(43), "trop-court", "", aliceKey.substring(1) + "B")) {
            for (String path : List.of(MyDataLinks.PATH, MyDataPages.DOWNLOAD_PATH, MyDataPages.ERASE_PATH)) {
                APIGatewayV2HTTPResponse refused = world.open(path, key, Map.of(MyDataFields.RECORD, MyDataFields.ALL));
                assertThat(refused.getStatusCode()).as(path + " " + key).isEqualTo(404);
                assertThat(refused.getBody()).doesNotContain(ALICE.email(), aliceOrder);
                assertThat(refused.getHeaders()).containsEntry("Referrer-Policy", "no-referrer");
            }
            assertThat(world.erase(key, MyDataFields.ALL).getStatusCode()).isEqualTo(404);
        }

        world.clock.advance(Duration.ofMinutes(31));
        APIGatewayV2HTTPResponse expired = world.open(MyDataLinks.PATH, aliceKey, Map.of());
        assertThat(expired.getStatusCode()).as("past its 30 minutes").isEqualTo(404);
        assertThat(expired.getBody()).doesNotContain(ALICE.email());
        assertThat(world.erase(aliceKey, MyDataFields.ALL).getStatusCode()).isEqualTo(404);
        assertThat(world.everythingStored()).contains(ALICE.email(), aliceOrder);
    }

    @Test
    void givenAPersonsLink_thenItNeitherErasesAnotherPersonsRecordNorAnythingFromAnotherSite() {
        String aliceKey = world.linkKey(ALICE.email());

        assertThat(world.erase(aliceKey, "order:" + bobOrder).getStatusCode()).isEqualTo(404);
        assertThat(world.open(MyDataPages.ERASE_PATH, aliceKey, Map.of(MyDataFields.RECORD, "order:" + bobOrder))
                        .getStatusCode())
                .isEqualTo(404);
        for (String origin : new String[] {"https://ailleurs.example", null}) {
            APIGatewayV2HTTPResponse forged = world.erasure()
                    .handleRequest(
                            ResidentEvents.form(
                                    MyDataPages.ERASE_PATH,
                                    Map.of(MyDataFields.KEY, aliceKey, MyDataFields.RECORD, MyDataFields.ALL),
                                    origin),
                            null);
            assertThat(forged.getStatusCode()).isEqualTo(403);
            ValidHtml.assertValid("an erasure from another site refused", forged.getBody());
        }

        String stored = world.everythingStored();
        assertThat(stored).contains(ALICE.email(), aliceOrder, BOB.email(), bobOrder);
        assertThat(world.open(MyDataLinks.PATH, aliceKey, Map.of()).getStatusCode())
                .isEqualTo(200);
    }
}
