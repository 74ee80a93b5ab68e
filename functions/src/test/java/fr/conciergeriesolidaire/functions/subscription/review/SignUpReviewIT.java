package fr.conciergeriesolidaire.functions.subscription.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionEvents;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionSubmissionHandler;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionWiring;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The review screens on dynalite, each function built from template.yaml's environment as Lambda builds it: a company
 * applies through the public form, the team drops its sign-up with a reason, the company applies again; a stale form
 * loses to the change stored; every refusal leaves the stored item as it was; priming writes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignUpReviewIT {
    private final MutableClock clock = new MutableClock(Instant.parse(SubscriptionEvents.NOW));
    private final SignedInMember team = new SignedInMember(
            "membre-equipe", "Dominique Équipe", Role.TEAM, List.of(), "session", "jeton-de-session");
    private EmulatedAws world;
    private SubscriptionSubmissionHandler submissions;
    private SignUpsHandler screens;

    @BeforeAll
    void start() {
        world = EmulatedAws.inMemory();
        Map<String, String> publicForm = world.environmentOf("SubscriptionSubmissionFunction");
        publicForm.put("CONFIRMATION_LIMIT", "10000");
        SubscriptionWiring feature = new SubscriptionWiring(new Environment(publicForm), clock);
        submissions = new SubscriptionSubmissionHandler(feature.service(), feature.clientAddress());
        screens = new SignUpsHandler(
                new SignUpReviewWiring(new Environment(world.environmentOf("SignUpsFunction")), clock));
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void givenASignUpDroppedFromItsPageThenTheSameCompanyAndSiteApplyAgainThroughThePublicForm() throws Exception {
        ObjectNode company = InMemoryReview.company("14 boulevard Lundy");
        String first = reference(submit(company));
        assertThat(submit(company.deepCopy().put("idempotencyKey", "seconde-demande-000001"))
                        .getStatusCode())
                .isEqualTo(409);

        APIGatewayV2HTTPResponse dropped = post(
                SignUpsHandler.MOVE,
                first,
                "version",
                "1",
                "status",
                "DROPPED",
                "reason",
                "L'entreprise déménage à Épernay.");

        assertThat(dropped.getStatusCode()).isEqualTo(303);
        APIGatewayV2HTTPResponse again = submit(company.deepCopy().put("idempotencyKey", "seconde-demande-000002"));
        assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(201);
        assertThat(reference(again)).isNotEqualTo(first);
        Map<String, AttributeValue> item = world.item("SubscriptionsTable", first);
        assertThat(item.get("status").s()).isEqualTo("DROPPED");
        assertThat(item.get("history").l()).singleElement().satisfies(entry -> {
            assertThat(entry.m().get("by").s()).isEqualTo("membre-equipe");
            assertThat(entry.m().get("byName").s()).isEqualTo("Dominique Équipe");
            assertThat(entry.m().get("reason").s()).isEqualTo("L'entreprise déménage à Épernay.");
        });
        String page = screens.handleRequest(
                        BackOfficeEvents.signedIn(
                                BackOfficeEvents.get(SignUpsHandler.LIST, Map.of(), Map.of("etape", "DROPPED")), team),
                        null)
                .getBody();
        assertThat(page).contains(first);
    }

    @Test
    void givenTwoMembersChangingTheSameSignUpThenTheSecondLosesWith409AndSeesTheFirstOnesChange() throws Exception {
        String reference = reference(submit(InMemoryReview.company("15 boulevard Lundy")));
        assertThat(post(SignUpsHandler.NOTE, reference, "version", "1", "note", "Appelée ce matin.")
                        .getStatusCode())
                .isEqualTo(303);

        APIGatewayV2HTTPResponse stale =
                post(SignUpsHandler.MOVE, reference, "version", "1", "status", "DROPPED", "reason", "Doublon");

        assertThat(stale.getStatusCode()).isEqualTo(409);
        assertThat(stale.getBody()).contains("Appelée ce matin.", "Quelqu&#39;un d&#39;autre a modifié cette demande");
        Map<String, AttributeValue> item = world.item("SubscriptionsTable", reference);
        assertThat(item.get("status").s()).isEqualTo("AWAITING_REVIEW");
        assertThat(item.get("version").n()).isEqualTo("2");
    }

    @Test
    void givenRefusedRequestsThenTheStoredSignUpIsUnchanged() throws Exception {
        String reference = reference(submit(InMemoryReview.company("16 boulevard Lundy")));
        Map<String, AttributeValue> before = world.item("SubscriptionsTable", reference);
        SignedInMember concierge =
                new SignedInMember("membre-comptoir", "Camille", Role.COUNTER, List.of(), "session", "jeton");
        Map<String, String> drop = Map.of("version", "1", "status", "DROPPED", "reason", "non");
        Map<String, String> path = Map.of("reference", reference);

        assertThat(handle(BackOfficeEvents.post(SignUpsHandler.MOVE, path, withToken(drop, concierge)), concierge)
                        .getStatusCode())
                .isEqualTo(403);
        assertThat(handle(BackOfficeEvents.post(SignUpsHandler.MOVE, path, drop), team)
                        .getStatusCode())
                .isEqualTo(403);
        assertThat(handle(
                                BackOfficeEvents.post(
                                        SignUpsHandler.MOVE, path, withToken(drop, team), "https://evil.example"),
                                team)
                        .getStatusCode())
                .isEqualTo(403);
        assertThat(post(SignUpsHandler.MOVE, reference, "version", "1", "status", "DROPPED", "reason", "")
                        .getStatusCode())
                .isEqualTo(400);
        assertThat(post(SignUpsHandler.MOVE, "ZZZZ-ZZZZ", "version", "1", "status", "DROPPED", "reason", "non")
                        .getStatusCode())
                .isEqualTo(404);
        assertThat(world.item("SubscriptionsTable", reference)).isEqualTo(before);
    }

    @Test
    void givenTheFunctionBuiltAsLambdaBuildsItThenPrimingReadsAndWritesNothing() throws Exception {
        String reference = reference(submit(InMemoryReview.company("17 boulevard Lundy")));
        Map<String, AttributeValue> before = world.item("SubscriptionsTable", reference);
        int items = world.items("SubscriptionsTable").size();

        Environment.building(world.environmentOf("SignUpsFunction"), SignUpsHandler::new)
                .prime();

        assertThat(world.items("SubscriptionsTable")).hasSize(items);
        assertThat(world.item("SubscriptionsTable", reference)).isEqualTo(before);
    }

    private APIGatewayV2HTTPResponse submit(ObjectNode signUp) {
        return submissions.handleRequest(SubscriptionEvents.json(signUp, "198.51.100.77"), null);
    }

    private static String reference(APIGatewayV2HTTPResponse placed) throws Exception {
        assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(201);
        return JsonTrees.MAPPER.readTree(placed.getBody()).path("reference").asText();
    }

    private APIGatewayV2HTTPResponse post(String route, String reference, String... fields) {
        return handle(
                BackOfficeEvents.post(
                        route, Map.of("reference", reference), withToken(BackOfficeEvents.fields(fields), team)),
                team);
    }

    private APIGatewayV2HTTPResponse handle(
            com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent event, SignedInMember member) {
        return screens.handleRequest(BackOfficeEvents.signedIn(event, member), null);
    }

    private static Map<String, String> withToken(Map<String, String> fields, SignedInMember member) {
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put(FormGuard.FIELD, member.csrfToken());
        return withToken;
    }
}
