package fr.conciergeriesolidaire.functions.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.privacy.AllPersonalRecords;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.programme.proposals.ProposalTestAccess;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import fr.conciergeriesolidaire.programme.proposals.ResidentIdeaCounts;
import fr.conciergeriesolidaire.programme.proposals.Season;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A resident's idea of an animation, from the neighbourhood page's form to "Mes données": the link asked for and
 * followed from the mail store, the idea listed (with the team's reply) and downloaded, then erased; afterwards no
 * table of template.yaml holds their address, name, phone or idea, the neighbourhood's count of ideas has one fewer
 * (the item is deleted whole), repeating the erasure erases nothing, and a reply still to send never leaves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureOfAProposalIT {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final SignedInMember TEAM_MEMBER =
            new SignedInMember("membre-1", "Camille Équipe", Role.TEAM, List.of(), "session-1", "csrf-du-membre");
    private static final Resident ZOE =
            new Resident("Zoélie", "Proposante", "06 98 76 54 31", "+33698765431", "zoelie.proposante@exemple.fr");
    private static final Resident OTHER =
            new Resident("Gaspardin", "Gardé", "06 11 22 33 45", "+33611223345", "gaspardin.garde@exemple.fr");

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
    void givenAnIdeaTheTeamAnswered_whenItsAuthorErasesItByTheLink_thenNoTableHoldsThemAndTheCountHasOneFewer() {
        // GIVEN Zoélie's idea, answered by the team (its reply e-mailed), and another resident's
        String reference = world.propose(ZOE, "canal");
        String kept = world.propose(OTHER, "canal");
        APIGatewayV2HTTPResponse answered = answer(reference, "Merci, nous en parlons avec le comptoir mercredi.");
        assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(303);
        int countBefore = ideasInTheCanal();
        String key = world.linkKey(ZOE.email());

        // WHEN she opens the link, downloads her data, and erases the idea through the confirm step
        APIGatewayV2HTTPResponse list = world.open(MyDataLinks.PATH, key, Map.of());
        assertThat(list.getStatusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(list.getBody()).select("main h2").eachText())
                .contains("Idée d'animation " + reference)
                .noneMatch(heading -> heading.contains(kept));
        assertThat(Jsoup.parse(list.getBody()).select("main").text())
                .contains(
                        ZOE.idea(),
                        "Le Canal",
                        "Le jeudi après-midi",
                        ZOE.firstName() + " " + ZOE.lastName(),
                        ZOE.storedPhone(),
                        ZOE.email(),
                        "À l'étude. Merci, nous en parlons avec le comptoir mercredi.")
                .containsPattern("Conservée jusqu.au mardi 2 mars 2027 \\(1.an après l'envoi de l'idée\\)")
                .doesNotContain(OTHER.email(), kept, TEAM_MEMBER.name());
        ValidHtml.assertValid("the list of a person's ideas", list.getBody());

        APIGatewayV2HTTPResponse download = world.open(MyDataPages.DOWNLOAD_PATH, key, Map.of());
        assertThat(download.getStatusCode()).isEqualTo(200);
        JsonNode records = ResidentsWorld.json(download).path("records");
        assertThat(records).hasSize(1);
        JsonNode data = records.get(0).path("data");
        assertThat(records.get(0).path("kind").asText()).isEqualTo("proposal");
        assertThat(records.get(0).path("reference").asText()).isEqualTo(reference);
        assertThat(data.path("idea").asText()).isEqualTo(ZOE.idea());
        assertThat(data.path("neighbourhood").asText()).isEqualTo("canal");
        assertThat(data.path("contact").path("email").asText()).isEqualTo(ZOE.email());
        assertThat(data.path("contact").path("phone").asText()).isEqualTo(ZOE.storedPhone());
        assertThat(data.path("replies").get(0).path("text").asText())
                .isEqualTo("Merci, nous en parlons avec le comptoir mercredi.");
        assertThat(data.toString()).doesNotContain(TEAM_MEMBER.memberId(), TEAM_MEMBER.name());

        APIGatewayV2HTTPResponse confirm =
                world.open(MyDataPages.ERASE_PATH, key, Map.of(MyDataFields.RECORD, "proposal:" + reference));
        assertThat(confirm.getStatusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(confirm.getBody()).select("main .notice").text())
                .as("an idea the team has not decided on yet is withdrawn")
                .contains("l'effacer la retire");
        ValidHtml.assertValid("the confirm step of an idea's erasure", confirm.getBody());
        APIGatewayV2HTTPResponse erased = world.erase(key, "proposal:" + reference);
        assertThat(erased.getStatusCode()).isEqualTo(303);
        assertThat(erased.getHeaders()).containsEntry("Location", MyDataPages.ERASED_PATH);
        world.sendRequestedMails();

        // THEN nothing of hers is stored anywhere, not even her e-mail key; the other idea is untouched
        String stored = world.everythingStored();
        for (String trace : ZOE.traces()) {
            assertThat(stored).as("no trace of " + trace).doesNotContainIgnoringCase(trace);
        }
        String emailKey = new EmailKeys(new KeyedHash(EmulatedAws.HASH_SECRET))
                .of(ZOE.email())
                .orElseThrow();
        assertThat(stored).doesNotContain(emailKey, reference).contains(OTHER.email(), OTHER.idea(), kept);
        assertThat(ideasInTheCanal()).as("the idea is gone from the count").isEqualTo(countBefore - 1);
        assertThat(world.mailsTo(ZOE.email()))
                .last()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Vos données sont effacées"))
                .satisfies(mail -> assertThat(mail.text()).contains("l'idée d'animation " + reference));
        assertThat(AllPersonalRecords.load(world.aws.environmentOf("MyDataErasureFunction"), world.clock)
                        .erase("proposal", reference, emailKey))
                .as("erasing again erases nothing")
                .isEmpty();
        assertThat(world.open(MyDataLinks.PATH, key, Map.of()).getStatusCode())
                .as("the link of a person with nothing left is used up")
                .isEqualTo(404);
    }

    @Test
    void givenAReplyStillToSend_whenTheIdeaIsErased_thenTheSweeperSendsTheErasedAddressNothing() {
        // GIVEN an idea whose reply waits in its outbox for the sweeper
        Resident late = new Resident(
                "Ludivinette", "Attendante", "06 55 44 33 21", "+33655443321", "ludivinette.attendante@exemple.fr");
        String reference = world.propose(late, "tilleuls");
        ProposalTestAccess.replyLeftToTheSweeper(
                world.aws.environmentOf("ProposalsFunction"),
                world.clock,
                reference,
                TEAM_MEMBER.memberId(),
                "Une réponse qui ne partira jamais.");
        assertThat(world.items("ProposalsTable"))
                .filteredOn(item -> item.get("reference").s().equals(reference))
                .singleElement()
                .as("the reply is due, in the sweeper's index")
                .satisfies(item -> assertThat(item).containsKey("notificationsDue"));
        String key = world.linkKey(late.email());
        int mailsBefore = world.mailsTo(late.email()).size();

        // WHEN she erases it, then the sweeper runs
        assertThat(world.erase(key, "proposal:" + reference).getStatusCode()).isEqualTo(303);
        world.sendRequestedMails();
        world.clock.advance(Duration.ofMinutes(10));
        world.sweepProposals();

        // THEN her only new e-mail is the erasure's confirmation
        List<SentMail> after = world.mailsTo(late.email());
        assertThat(after.subList(mailsBefore, after.size()))
                .extracting(SentMail::subject)
                .containsExactly("Vos données sont effacées");
        assertThat(world.aws.sentMails())
                .noneSatisfy(mail -> assertThat(mail.text()).contains("Une réponse qui ne partira jamais."));
        assertThat(world.everythingStored()).doesNotContain(late.email(), late.lastName(), reference);
    }

    /** The team's reply, through the back-office's proposal page, as a member posts it. */
    private APIGatewayV2HTTPResponse answer(String reference, String reply) {
        return ProposalTestAccess.teamHandler(world.aws.environmentOf("ProposalsFunction"), world.clock)
                .handleRequest(
                        BackOfficeEvents.signedIn(
                                BackOfficeEvents.post(
                                        "POST /api/backoffice/propositions/{reference}",
                                        Map.of("reference", reference),
                                        Map.of(
                                                "status",
                                                "STUDYING",
                                                "reply",
                                                reply,
                                                "version",
                                                "1",
                                                FormGuard.FIELD,
                                                TEAM_MEMBER.csrfToken())),
                                TEAM_MEMBER),
                        null);
    }

    /** What the publisher reads for the Canal's page: the season's count of ideas. */
    private int ideasInTheCanal() {
        return new ResidentIdeaCounts(world.aws.emulators().dynamoDb().client(), world.aws.tableName("ProposalsTable"))
                .of(List.of("canal"), Season.of(world.clock.instant(), PARIS), PARIS)
                .get("canal");
    }
}
