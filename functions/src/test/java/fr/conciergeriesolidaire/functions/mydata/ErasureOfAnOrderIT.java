package fr.conciergeriesolidaire.functions.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A customer's order, from the public form to "Mes données": the link asked for and followed from the mail store, the
 * order listed and downloaded, then everything erased; afterwards no table of template.yaml holds their address,
 * name or phone, the open order was cancelled and its partners told, the confirmation went out, and the sweeper sends
 * the erased address nothing more.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureOfAnOrderIT {
    private static final Resident ZOE =
            new Resident("Zoéline", "Effaçable", "06 98 76 54 32", "+33698765432", "zoeline.effacable@exemple.fr");
    private static final Resident OTHER =
            new Resident("Gaspard", "Restant", "06 11 22 33 44", "+33611223344", "gaspard.restant@exemple.fr");

    private ResidentsWorld world;

    @BeforeAll
    void start() {
        world = new ResidentsWorld();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void givenAnOpenOrder_whenItsCustomerErasesEverythingByTheLink_thenNoTableHoldsThemAndThePartnersAreTold() {
        // GIVEN an open order of Zoéline's, its e-mails sent, and another customer's order
        String reference = world.placeOrder(ZOE);
        String kept = world.placeOrder(OTHER);
        world.notifyNewRecords();
        String key = world.linkKey(ZOE.email());

        // WHEN she opens the link, downloads her data, and erases everything through the confirm step
        APIGatewayV2HTTPResponse list = world.open(MyDataLinks.PATH, key, Map.of());
        assertThat(list.getStatusCode()).isEqualTo(200);
        assertThat(list.getHeaders())
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("X-Robots-Tag", "noindex, nofollow")
                .containsEntry("Cache-Control", "no-store");
        Document page = Jsoup.parse(list.getBody());
        assertThat(page.select("main h2").eachText()).contains("Commande " + reference);
        assertThat(page.select("main").text())
                .contains(ZOE.firstName(), ZOE.lastName(), ZOE.storedPhone(), ZOE.email(), ZOE.comment())
                .containsPattern("Conservée jusqu.au vendredi 2 avril 2027 \\(13.mois après la commande\\)")
                .doesNotContain(OTHER.email(), kept);
        ValidHtml.assertValid("the list of a person's records", list.getBody());

        APIGatewayV2HTTPResponse download = world.open(MyDataPages.DOWNLOAD_PATH, key, Map.of());
        assertThat(download.getStatusCode()).isEqualTo(200);
        assertThat(download.getHeaders().get("Content-Disposition")).startsWith("attachment;");
        JsonNode record = ResidentsWorld.json(download).path("records").get(0);
        assertThat(record.path("kind").asText()).isEqualTo("order");
        assertThat(record.path("reference").asText()).isEqualTo(reference);
        assertThat(record.path("data").path("customer").path("email").asText()).isEqualTo(ZOE.email());
        assertThat(record.path("data").path("totalCents").asLong()).isPositive();
        assertThat(ResidentsWorld.json(download).path("records")).hasSize(1);

        APIGatewayV2HTTPResponse confirm =
                world.open(MyDataPages.ERASE_PATH, key, Map.of(MyDataFields.RECORD, MyDataFields.ALL));
        assertThat(confirm.getStatusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(confirm.getBody()).select("main .notice").text())
                .as("an order in progress is cancelled first")
                .contains("l'effacer l'annule d'abord");
        ValidHtml.assertValid("the confirm step of an erasure", confirm.getBody());
        APIGatewayV2HTTPResponse erased = world.erase(key, MyDataFields.ALL);
        assertThat(erased.getStatusCode()).isEqualTo(303);
        assertThat(erased.getHeaders()).containsEntry("Location", MyDataPages.ERASED_PATH);
        world.sendRequestedMails();

        // THEN nothing of hers is stored anywhere, not even her e-mail key; the other order is untouched
        String stored = world.everythingStored();
        for (String trace : ZOE.traces()) {
            assertThat(stored).as("no trace of " + trace).doesNotContainIgnoringCase(trace);
        }
        assertThat(stored)
                .doesNotContain(new EmailKeys(new KeyedHash(EmulatedAws.HASH_SECRET))
                        .of(ZOE.email())
                        .orElseThrow())
                .doesNotContain(reference)
                .contains(OTHER.email(), kept);
        // the partners with work on it and the team were told; she got the confirmation
        List<SentMail> cancelled = world.aws.sentMails().stream()
                .filter(mail -> mail.subject().startsWith("Commande " + reference + " annulée"))
                .toList();
        assertThat(cancelled).extracting(mail -> mail.to().get(0)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cancelled)
                .allSatisfy(mail -> assertThat(mail.text() + mail.subject())
                        .doesNotContain(ZOE.firstName(), ZOE.lastName(), ZOE.email()));
        assertThat(world.mailsTo(ZOE.email())).extracting(SentMail::subject).endsWith("Vos données sont effacées");
        assertThat(world.mailsTo(ZOE.email())
                        .get(world.mailsTo(ZOE.email()).size() - 1)
                        .text())
                .contains("la commande " + reference);
        // the link is used up, and shows nothing
        APIGatewayV2HTTPResponse after = world.open(MyDataLinks.PATH, key, Map.of());
        assertThat(after.getStatusCode()).isEqualTo(404);
        assertThat(after.getBody()).doesNotContain(reference);
        APIGatewayV2HTTPResponse done =
                world.myData().handleRequest(ResidentEvents.get(MyDataPages.ERASED_PATH, Map.of()), null);
        assertThat(done.getStatusCode()).isEqualTo(200);
        ValidHtml.assertValid("the page after erasing everything", done.getBody());
        ValidHtml.assertValid("a link that opens nothing", after.getBody());
    }

    @Test
    void givenAnOrderWhoseEmailsWereNotSentYet_whenItIsErased_thenTheSweeperSendsTheErasedAddressNothing() {
        // GIVEN an order whose e-mails wait for the sweeper (the stream's notifier has not run)
        Resident late =
                new Resident("Ludivine", "Tardive", "06 55 44 33 22", "+33655443322", "ludivine.tardive@exemple.fr");
        String reference = world.placeOrder(late);
        String key = world.linkKey(late.email());
        int mailsBefore = world.mailsTo(late.email()).size();

        // WHEN she erases it, then the sweeper runs once its grace is over
        assertThat(world.erase(key, "order:" + reference).getStatusCode()).isEqualTo(303);
        world.sendRequestedMails();
        world.clock.advance(Duration.ofMinutes(10));
        world.sweepOrders();
        world.clock.advance(Duration.ofHours(5));
        world.sweepOrders();

        // THEN her only new e-mail is the erasure's confirmation; nobody was sent news of the order
        assertThat(world.mailsTo(late.email())
                        .subList(mailsBefore, world.mailsTo(late.email()).size()))
                .extracting(SentMail::subject)
                .containsExactly("Vos données sont effacées");
        assertThat(world.aws.sentMails())
                .noneSatisfy(mail -> assertThat(mail.subject()).contains(reference + " est enregistrée"));
        assertThat(world.everythingStored()).doesNotContain(late.email(), late.lastName(), reference);
    }
}
