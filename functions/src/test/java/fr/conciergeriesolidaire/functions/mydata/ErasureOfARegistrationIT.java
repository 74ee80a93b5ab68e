package fr.conciergeriesolidaire.functions.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.registration.RegistrationFunctions;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A person's registration for an event, from the event page's form to "Mes données": listed and downloaded by their
 * link, then erased. For a full event still to come, erasing it cancels it first as its own cancellation link would:
 * the person waiting gets the places and is told, and the reminder of the day before goes to them only. For an event
 * over, nothing is cancelled. Either way no table of template.yaml holds the person's address, name, phone or needs
 * afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureOfARegistrationIT {
    private static final Resident ZOE =
            new Resident("Zoélie", "Inscrite", "06 98 76 54 31", "+33698765431", "zoelie.inscrite@exemple.fr");
    private static final Resident WAITING =
            new Resident("Gaston", "Patient", "06 11 22 33 45", "+33611223345", "gaston.patient@exemple.fr");

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
    void givenAFullEventWithSomeoneWaiting_whenARegisteredPersonErasesEverything_thenTheWaitingPersonGetsThePlaces() {
        // GIVEN a workshop of two places, both Zoélie's, and Gaston waiting for one; their e-mails sent
        world.publish(RegistrationFunctions.workshop("atelier-effacement", "2026-06-10", 2, 2));
        JsonNode zoe = world.register(ZOE, "atelier-effacement", 2);
        JsonNode waiting = world.register(WAITING, "atelier-effacement", 1);
        assertThat(zoe.path("status").asText()).isEqualTo("confirmed");
        assertThat(waiting.path("status").asText()).isEqualTo("waiting");
        String reference = zoe.path("reference").asText();
        String kept = waiting.path("reference").asText();
        world.notifyNewRecords();
        String key = world.linkKey(ZOE.email());

        // WHEN she opens her link: her registration, in progress, kept until 30 days after the event
        APIGatewayV2HTTPResponse list = world.open(MyDataLinks.PATH, key, Map.of());
        assertThat(list.getStatusCode()).isEqualTo(200);
        Document page = Jsoup.parse(list.getBody());
        assertThat(page.select("main h2").eachText()).contains("Inscription à un évènement " + reference);
        assertThat(page.select("main").text())
                .contains(ZOE.firstName(), ZOE.lastName(), ZOE.storedPhone(), ZOE.email(), ZOE.accessNeeds())
                .contains("Atelier atelier-effacement", "mercredi 10 juin 2026", "confirmée")
                .containsPattern(
                        "Conservée jusqu.au vendredi 10 juillet 2026 \\(30.jours après la fin de l.évènement\\)")
                .doesNotContain(WAITING.email(), kept);
        assertThat(page.select("main .notice").text()).contains("effacer cette inscription l'annule d'abord");
        ValidHtml.assertValid("a person's registration on Mes données", list.getBody());

        // she downloads it
        APIGatewayV2HTTPResponse download = world.open(MyDataPages.DOWNLOAD_PATH, key, Map.of());
        assertThat(download.getStatusCode()).isEqualTo(200);
        JsonNode records = ResidentsWorld.json(download).path("records");
        assertThat(records).hasSize(1);
        JsonNode record = records.get(0);
        assertThat(record.path("kind").asText()).isEqualTo("registration");
        assertThat(record.path("reference").asText()).isEqualTo(reference);
        JsonNode data = record.path("data");
        assertThat(data.path("person").path("email").asText()).isEqualTo(ZOE.email());
        assertThat(data.path("person").path("phone").asText()).isEqualTo(ZOE.storedPhone());
        assertThat(data.path("places").asInt()).isEqualTo(2);
        assertThat(data.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(data.path("accessNeeds").asText()).isEqualTo(ZOE.accessNeeds());
        assertThat(data.path("event").path("slug").asText()).isEqualTo("atelier-effacement");

        // Gaston's own link shows where he stands in line
        String waitingKey = world.linkKey(WAITING.email());
        assertThat(Jsoup.parse(world.open(MyDataLinks.PATH, waitingKey, Map.of())
                                .getBody())
                        .select("main")
                        .text())
                .contains("sur la liste d'attente, en position 1");

        // she erases everything through the confirm step
        APIGatewayV2HTTPResponse confirm =
                world.open(MyDataPages.ERASE_PATH, key, Map.of(MyDataFields.RECORD, MyDataFields.ALL));
        assertThat(confirm.getStatusCode()).isEqualTo(200);
        ValidHtml.assertValid("the confirm step of a registration's erasure", confirm.getBody());
        APIGatewayV2HTTPResponse erased = world.erase(key, MyDataFields.ALL);
        assertThat(erased.getStatusCode()).isEqualTo(303);
        assertThat(erased.getHeaders()).containsEntry("Location", MyDataPages.ERASED_PATH);
        world.sendRequestedMails();

        // THEN Gaston holds the places and was told; she got the confirmation of the erasure
        assertThat(world.mailsTo(WAITING.email()))
                .extracting(SentMail::subject)
                .anySatisfy(subject -> assertThat(subject).startsWith("Une place s'est libérée"));
        assertThat(world.mailsTo(ZOE.email())).extracting(SentMail::subject).endsWith("Vos données sont effacées");
        assertThat(world.mailsTo(ZOE.email())
                        .get(world.mailsTo(ZOE.email()).size() - 1)
                        .text())
                .contains("l'inscription " + reference);
        assertThat(Jsoup.parse(world.open(MyDataLinks.PATH, waitingKey, Map.of())
                                .getBody())
                        .select("main")
                        .text())
                .contains("confirmée")
                .doesNotContain("liste d'attente, en position");
        // nothing of hers is stored anywhere, not even her e-mail key or her registration's reference
        String stored = world.everythingStored();
        for (String trace : ZOE.traces()) {
            assertThat(stored).as("no trace of " + trace).doesNotContainIgnoringCase(trace);
        }
        assertThat(stored)
                .doesNotContain(emailKey(ZOE))
                .doesNotContain(reference)
                .contains(WAITING.email(), kept);
        // the day before, the reminder goes to Gaston only
        int mailsBefore = world.mailsTo(ZOE.email()).size();
        world.clock.advance(Duration.between(world.clock.instant(), Instant.parse("2026-06-09T09:00:00Z")));
        world.remindRegistrations();
        assertThat(world.mailsTo(WAITING.email()))
                .extracting(SentMail::subject)
                .anySatisfy(subject -> assertThat(subject).containsIgnoringCase("demain"));
        assertThat(world.mailsTo(ZOE.email())).hasSize(mailsBefore);
        // her link is used up
        assertThat(world.open(MyDataLinks.PATH, key, Map.of()).getStatusCode()).isEqualTo(404);
    }

    @Test
    void givenARegistrationForAnEventOver_whenItIsErased_thenNothingIsCancelledAndNothingOfTheirsIsLeft() {
        // GIVEN a registration for an event in two days, its e-mail sent; the event then took place
        Resident lucie =
                new Resident("Lucienne", "Passée", "06 55 44 33 21", "+33655443321", "lucienne.passee@exemple.fr");
        LocalDate day =
                LocalDate.ofInstant(world.clock.instant(), ZoneOffset.UTC).plusDays(2);
        world.publish(RegistrationFunctions.workshop("atelier-passe", day.toString(), 10, 1));
        String reference =
                world.register(lucie, "atelier-passe", 1).path("reference").asText();
        world.notifyNewRecords();
        world.clock.advance(Duration.ofDays(3));
        String key = world.linkKey(lucie.email());
        Document page = Jsoup.parse(world.open(MyDataLinks.PATH, key, Map.of()).getBody());
        assertThat(page.select("main h2").eachText()).contains("Inscription à un évènement " + reference);
        assertThat(page.select("main .notice").text())
                .as("an event over: nothing to cancel")
                .doesNotContain("l'annule d'abord");

        // WHEN she erases this record
        APIGatewayV2HTTPResponse erased = world.erase(key, "registration:" + reference);
        world.sendRequestedMails();

        // THEN it is gone, with her e-mail key; erasing it again erases nothing more
        assertThat(erased.getStatusCode()).isEqualTo(303);
        String stored = world.everythingStored();
        for (String trace : lucie.traces()) {
            assertThat(stored).as("no trace of " + trace).doesNotContainIgnoringCase(trace);
        }
        assertThat(stored).doesNotContain(emailKey(lucie));
        List<SentMail> mails = world.mailsTo(lucie.email());
        assertThat(mails).extracting(SentMail::subject).endsWith("Vos données sont effacées");
        assertThat(world.erase(key, "registration:" + reference).getStatusCode())
                .isEqualTo(404);
        world.sendRequestedMails();
        assertThat(world.mailsTo(lucie.email())).hasSameSizeAs(mails);
    }

    @Test
    void givenSomeoneWaiting_whenTheyEraseTheirRegistration_thenTheyLeaveTheWaitingListAndTheNextOneMovesUp() {
        // GIVEN a full workshop of one place and two people waiting
        Resident holder =
                new Resident("Hortense", "Tenante", "06 21 22 23 24", "+33621222324", "hortense.tenante@exemple.fr");
        Resident first =
                new Resident("Prudence", "Premiere", "06 31 32 33 34", "+33631323334", "prudence.premiere@exemple.fr");
        Resident second =
                new Resident("Second", "Suivant", "06 41 42 43 44", "+33641424344", "second.suivant@exemple.fr");
        LocalDate day =
                LocalDate.ofInstant(world.clock.instant(), ZoneOffset.UTC).plusDays(20);
        world.publish(RegistrationFunctions.workshop("atelier-attente", day.toString(), 1, 1));
        world.register(holder, "atelier-attente", 1);
        String reference =
                world.register(first, "atelier-attente", 1).path("reference").asText();
        assertThat(world.register(second, "atelier-attente", 1).path("position").asInt())
                .isEqualTo(2);
        world.notifyNewRecords();

        // WHEN the first one waiting erases their registration
        String key = world.linkKey(first.email());
        assertThat(Jsoup.parse(world.open(MyDataLinks.PATH, key, Map.of()).getBody())
                        .select("main .notice")
                        .text())
                .contains("l'annule d'abord");
        assertThat(world.erase(key, "registration:" + reference).getStatusCode())
                .isEqualTo(303);
        world.sendRequestedMails();

        // THEN no ledger or table names them any more; the next one is first in line, still waiting
        String stored = world.everythingStored();
        for (String trace : first.traces()) {
            assertThat(stored).as("no trace of " + trace).doesNotContainIgnoringCase(trace);
        }
        assertThat(stored).doesNotContain(reference).doesNotContain(emailKey(first));
        String nextKey = world.linkKey(second.email());
        assertThat(Jsoup.parse(world.open(MyDataLinks.PATH, nextKey, Map.of()).getBody())
                        .select("main")
                        .text())
                .contains("sur la liste d'attente, en position 1");
    }

    private static String emailKey(Resident resident) {
        return new EmailKeys(new KeyedHash(EmulatedAws.HASH_SECRET))
                .of(resident.email())
                .orElseThrow();
    }
}
