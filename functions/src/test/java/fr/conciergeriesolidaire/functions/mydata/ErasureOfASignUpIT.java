package fr.conciergeriesolidaire.functions.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A company's sign-up and its contact person: erased by their own link, or by the team for a request by letter or
 * phone (recorded in the audit trail without the data); afterwards no table of template.yaml holds their address,
 * name or phone, and the confirmation went out. Sign-ups stored before the e-mail key get it from the one-shot backfill.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureOfASignUpIT {
    private static final SignedInMember TEAM_MEMBER =
            new SignedInMember("membre-1", "Camille Équipe", Role.TEAM, List.of(), "session-1", "csrf-du-membre");
    private static final SignedInMember CONCIERGE = new SignedInMember(
            "membre-2", "Claude Comptoir", Role.COUNTER, List.of("comptoir-canal"), "session-2", "csrf-du-comptoir");

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
    void givenASignUp_whenItsContactErasesItByTheLink_thenNoTableHoldsThemAndTheConfirmationIsSent() {
        Resident helene = new Resident(
                "Hélénia", "Effacée", "03 53 01 23 45", "+33353012345", "helenia.effacee@imprimerie.example");
        String reference = world.signUp(helene, 12);
        world.notifyNewRecords();
        String key = world.linkKey(helene.email());
        APIGatewayV2HTTPResponse list = world.open(MyDataLinks.PATH, key, Map.of());
        assertThat(Jsoup.parse(list.getBody()).select("main").text())
                .contains("Demande d'adhésion d'entreprise " + reference, "Imprimerie Rémoise", helene.lastName())
                .containsPattern("Conservée jusqu.au vendredi 2 mars 2029 \\(3.ans après la demande\\)");

        // WHEN she erases this record (not "all"): it was her only one
        APIGatewayV2HTTPResponse erased = world.erase(key, "subscription:" + reference);
        world.sendRequestedMails();

        // THEN
        assertThat(erased.getHeaders()).containsEntry("Location", MyDataPages.ERASED_PATH);
        String stored = world.everythingStored();
        for (String trace :
                List.of(helene.firstName(), helene.lastName(), helene.phone(), helene.storedPhone(), helene.email())) {
            assertThat(stored).as("no trace of " + trace).doesNotContainIgnoringCase(trace);
        }
        assertThat(stored).doesNotContain(reference);
        assertThat(world.mailsTo(helene.email()))
                .last()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Vos données sont effacées"))
                .satisfies(mail -> assertThat(mail.text()).contains("la demande d'adhésion d'entreprise " + reference));
        assertThat(world.open(MyDataLinks.PATH, key, Map.of()).getStatusCode())
                .as("the link of a person with nothing left is used up")
                .isEqualTo(404);
    }

    @Test
    void givenARequestByPhone_whenTheTeamErasesEverything_thenItIsDoneAndTheAuditTrailKeepsWhoAndWhenButNoData() {
        Resident bruno = new Resident(
                "Brunehaut", "Téléphone", "06 10 20 30 40", "+33610203040", "brunehaut.telephone@exemple.fr");
        String order = world.placeOrder(bruno);
        String signUp = world.signUp(bruno, 14);
        world.notifyNewRecords();
        ErasureScreenHandler screen = screen();

        // a concierge may not, nor a form without the session's token or from another site
        assertThat(screen.handleRequest(search(CONCIERGE, bruno.email()), null).getStatusCode())
                .isEqualTo(403);
        assertThat(screen.handleRequest(
                                ResidentEvents.signedIn(
                                        ResidentEvents.form(
                                                ErasureScreenPages.PATH,
                                                fields(TEAM_MEMBER, "effacer", bruno.email(), MyDataFields.ALL),
                                                "https://ailleurs.example"),
                                        TEAM_MEMBER),
                                null)
                        .getStatusCode())
                .isEqualTo(403);
        Map<String, String> wrongToken = fields(TEAM_MEMBER, "effacer", bruno.email(), MyDataFields.ALL);
        wrongToken.put("csrf", "pas-le-bon");
        assertThat(screen.handleRequest(
                                ResidentEvents.signedIn(
                                        ResidentEvents.form(ErasureScreenPages.PATH, wrongToken), TEAM_MEMBER),
                                null)
                        .getStatusCode())
                .isEqualTo(403);
        assertThat(world.everythingStored()).contains(bruno.email());

        // the team finds both records, confirms, erases
        APIGatewayV2HTTPResponse found =
                screen.handleRequest(search(TEAM_MEMBER, bruno.email().toUpperCase()), null);
        assertThat(found.getStatusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(found.getBody()).select("main h3").eachText())
                .containsExactlyInAnyOrder("Commande " + order, "Demande d'adhésion d'entreprise " + signUp);
        ValidHtml.assertValid("the team's erasure screen with what it found", found.getBody());
        APIGatewayV2HTTPResponse confirm =
                screen.handleRequest(step(TEAM_MEMBER, "confirmer", bruno.email(), MyDataFields.ALL), null);
        assertThat(confirm.getStatusCode()).isEqualTo(200);
        ValidHtml.assertValid("the team's confirm step", confirm.getBody());
        APIGatewayV2HTTPResponse done =
                screen.handleRequest(step(TEAM_MEMBER, "effacer", bruno.email(), MyDataFields.ALL), null);
        assertThat(done.getStatusCode()).isEqualTo(303);
        assertThat(done.getHeaders().get("Location")).isEqualTo(ErasureScreenPages.PATH + "?fait=donnees-effacees");
        world.sendRequestedMails();

        String stored = world.everythingStored();
        for (String trace : bruno.traces()) {
            assertThat(stored).as("no trace of " + trace).doesNotContainIgnoringCase(trace);
        }
        List<Map<String, AttributeValue>> audit = world.items("AuditTable");
        assertThat(audit)
                .filteredOn(entry -> entry.get("action").s().equals("audit.erasure.byTeam"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("subject").s()).isEqualTo(Erasures.AUDIT_SUBJECT);
                    assertThat(entry.get("memberId").s()).isEqualTo(TEAM_MEMBER.memberId());
                    assertThat(entry.get("memberName").s()).isEqualTo(TEAM_MEMBER.name());
                    assertThat(entry.get("detail").s()).isEqualTo("order ×1, subscription ×1");
                    assertThat(entry.toString()).doesNotContain(order, signUp, bruno.email(), bruno.lastName());
                });
        assertThat(world.mailsTo(bruno.email())).extracting(SentMail::subject).contains("Vos données sont effacées");
        APIGatewayV2HTTPResponse again = screen.handleRequest(search(TEAM_MEMBER, bruno.email()), null);
        assertThat(Jsoup.parse(again.getBody()).select("main").text()).contains("Aucune fiche ne porte cette adresse.");
    }

    @Test
    void givenASignUpStoredBeforeTheEmailKey_whenTheBackfillRuns_thenMesDonneesFindsIt() {
        Resident ancienne =
                new Resident("Anciennette", "Davant", "03 26 00 00 01", "+33326000001", "anciennette@exemple.fr");
        String reference = world.signUp(ancienne, 16);
        world.aws
                .emulators()
                .dynamoDb()
                .client()
                .updateItem(update -> update.tableName(world.aws.tableName("SubscriptionsTable"))
                        .key(Map.of("reference", AttributeValue.fromS(reference)))
                        .updateExpression("REMOVE emailHash"));
        assertThat(world.requestLink(ancienne.email()).getStatusCode()).isEqualTo(303);
        world.sendRequestedMails();
        assertThat(world.lastLinkKey(ancienne.email()))
                .as("not found without its key")
                .isEmpty();

        String outcome = Environment.building(
                        world.aws.environmentOf("EmailKeyBackfillFunction"), EmailKeyBackfillHandler::new)
                .handleRequest(new ScheduledEvent(), null);

        assertThat(outcome).contains("subscription: examined=1 keyed=1 finished=true", "order: examined=0");
        assertThat(world.linkKey(ancienne.email())).isNotEmpty();
        assertThat(Environment.building(
                                world.aws.environmentOf("EmailKeyBackfillFunction"), EmailKeyBackfillHandler::new)
                        .handleRequest(new ScheduledEvent(), null))
                .as("run again, it changes nothing")
                .contains("subscription: examined=0 keyed=0 finished=true");
    }

    @Test
    void givenAnOrderAndASignUp_whenThePersonErasesOneOfThem_thenTheOtherIsListedWithWhatHappened() {
        Resident deux =
                new Resident("Doublette", "Fiches", "06 20 20 20 20", "+33620202020", "doublette.fiches@exemple.fr");
        String order = world.placeOrder(deux);
        String signUp = world.signUp(deux, 18);
        world.notifyNewRecords();
        String key = world.linkKey(deux.email());

        APIGatewayV2HTTPResponse erased = world.erase(key, "order:" + order);

        assertThat(erased.getStatusCode()).isEqualTo(303);
        String location = erased.getHeaders().get("Location");
        assertThat(location).isEqualTo(MyDataPages.withKey(MyDataLinks.PATH, key) + "&fait=fiche-effacee");
        APIGatewayV2HTTPResponse list =
                world.open(MyDataLinks.PATH, key, Map.of(MyDataPages.NOTICE, MyDataErasureHandler.RECORD_ERASED));
        assertThat(Jsoup.parse(list.getBody()).select("main [role=status]").text())
                .startsWith("La fiche est effacée.");
        assertThat(Jsoup.parse(list.getBody()).select("main h2").eachText())
                .contains("Demande d'adhésion d'entreprise " + signUp)
                .doesNotContain("Commande " + order);
        ValidHtml.assertValid("the list after erasing one record", list.getBody());
        world.sendRequestedMails();
        assertThat(world.everythingStored()).doesNotContain(order).contains(signUp, deux.email());
    }

    private ErasureScreenHandler screen() {
        MyDataWiring wiring = world.wiring("ErasureScreenFunction");
        return new ErasureScreenHandler(
                wiring.teamErasures(), wiring.erasureScreenPages(), wiring.formGuard(), wiring.originGate());
    }

    private static APIGatewayV2HTTPEvent search(SignedInMember member, String email) {
        return step(member, "chercher", email, "");
    }

    private static APIGatewayV2HTTPEvent step(SignedInMember member, String step, String email, String target) {
        return ResidentEvents.signedIn(
                ResidentEvents.form(ErasureScreenPages.PATH, fields(member, step, email, target)), member);
    }

    private static Map<String, String> fields(SignedInMember member, String step, String email, String target) {
        Map<String, String> fields = new HashMap<>();
        fields.put("csrf", member.csrfToken());
        fields.put(MyDataFields.STEP, step);
        fields.put(MyDataFields.EMAIL, email);
        fields.put(MyDataFields.RECORD, target);
        return fields;
    }
}
