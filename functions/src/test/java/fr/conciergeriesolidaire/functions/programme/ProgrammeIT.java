package fr.conciergeriesolidaire.functions.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.programme.events.EventsHandler;
import fr.conciergeriesolidaire.functions.programme.proposals.ProposalConfirmationHandler;
import fr.conciergeriesolidaire.functions.programme.proposals.ProposalSubmissionHandler;
import fr.conciergeriesolidaire.functions.programme.proposals.ProposalSweeperHandler;
import fr.conciergeriesolidaire.functions.programme.proposals.ProposalsHandler;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.HostileRequests;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.places.PlacesItem;
import fr.conciergeriesolidaire.programme.proposals.ProposalIndex;
import fr.conciergeriesolidaire.programme.proposals.ResidentIdeaCounts;
import fr.conciergeriesolidaire.programme.proposals.Season;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The programme's functions as template.yaml builds them (their no-argument constructors, each with its own
 * environment and so only its tables), on dynalite and aws-ses-v2-local: a resident's idea stored once with the key
 * of its address on the by-email index and counted for the season, answered by e-mail once through the outbox; an
 * event created, changed on its version, cancelled, made from an idea; each change counted for the publisher; every
 * refusal leaving the tables as they were.
 */
class ProgrammeIT {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final SignedInMember TEAM =
            new SignedInMember("it-team", "Camille Équipe", Role.TEAM, List.of(), "it-session", "it-csrf");
    private static final SignedInMember TILLEULS_CONCIERGE = new SignedInMember(
            "it-concierge",
            "Dominique Comptoir",
            Role.COUNTER,
            List.of("comptoir-tilleuls"),
            "it-session-2",
            "it-csrf-2");

    private static EmulatedAws world;
    private static ProposalSubmissionHandler submissions;
    private static ProposalsHandler proposals;
    private static EventsHandler events;

    @BeforeAll
    static void start() {
        world = EmulatedAws.inMemory();
        Map<String, String> submission = world.environmentOf("ProposalSubmissionFunction");
        // Every request of this class comes from a few test addresses: the per-client limit is tested elsewhere.
        submission.put("PROPOSAL_RATE_LIMIT", "1000");
        submissions = Environment.building(submission, ProposalSubmissionHandler::new);
        proposals = built("ProposalsFunction", ProposalsHandler::new);
        events = built("EventsFunction", EventsHandler::new);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    private static <T> T built(String functionId, Supplier<T> construction) {
        return Environment.building(world.environmentOf(functionId), construction);
    }

    @Test
    void givenAnIdeaWithAnAddress_thenItIsStoredOnceFoundByTheKeyOfItsAddressCountedForTheSeasonAndPublished()
            throws Exception {
        long changesBefore = changes();
        ObjectNode idea = idea("canal", "camille.durand@exemple.fr");

        APIGatewayV2HTTPResponse first = submissions.handleRequest(json(idea), null);
        APIGatewayV2HTTPResponse replay = submissions.handleRequest(json(idea), null);

        assertThat(first.getStatusCode()).isEqualTo(201);
        String reference =
                JsonTrees.MAPPER.readTree(first.getBody()).path("reference").asText();
        assertThat(JsonTrees.MAPPER.readTree(replay.getBody()).path("reference").asText())
                .isEqualTo(reference);
        Map<String, AttributeValue> item = world.item("ProposalsTable", reference);
        String hash = new EmailKeys(new KeyedHash(EmulatedAws.HASH_SECRET))
                .of("Camille.Durand@Exemple.fr")
                .orElseThrow();
        assertThat(item.get(EmailKeys.ATTRIBUTE).s()).isEqualTo(hash);
        assertThat(world.emulators()
                        .dynamoDb()
                        .client()
                        .query(query -> query.tableName(world.tableName("ProposalsTable"))
                                .indexName(EmailKeys.INDEX)
                                .keyConditionExpression("#hash = :hash")
                                .expressionAttributeNames(Map.of("#hash", EmailKeys.ATTRIBUTE))
                                .expressionAttributeValues(Map.of(":hash", AttributeValue.fromS(hash))))
                        .items())
                .extracting(found -> found.get("reference").s())
                .containsExactly(reference);
        long expiresAt = Long.parseLong(item.get("expiresAt").n());
        assertThat(Instant.ofEpochSecond(expiresAt))
                .isBetween(
                        Instant.now().plus(364, ChronoUnit.DAYS), Instant.now().plus(367, ChronoUnit.DAYS));
        assertThat(item.get(ProposalIndex.SUBMITTED_AT).s())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(changes()).isEqualTo(changesBefore + 1);
        assertThat(new ResidentIdeaCounts(world.emulators().dynamoDb().client(), world.tableName("ProposalsTable"))
                        .of(List.of("canal"), Season.of(Instant.now(), PARIS), PARIS))
                .containsEntry("canal", (int) world.items("ProposalsTable").stream()
                        .filter(stored -> stored.get("neighbourhood").s().equals("canal"))
                        .count());
        ProposalConfirmationHandler confirmation =
                built("ProposalConfirmationFunction", ProposalConfirmationHandler::new);
        APIGatewayV2HTTPResponse page = confirmation.handleRequest(
                ApiEvents.get("/api/propositions/confirmation", Map.of("reference", reference)), null);
        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(page.getBody()).contains(reference).doesNotContain("camille.durand");
    }

    @Test
    void givenTheTeamsReply_thenItIsEmailedOnceEvenWhenTheSweeperPassesAfterAndAStaleOneIsRefused() throws Exception {
        String address = "reponse-" + UUID.randomUUID() + "@exemple.fr";
        String reference = JsonTrees.MAPPER
                .readTree(submissions
                        .handleRequest(json(idea("canal", address)), null)
                        .getBody())
                .path("reference")
                .asText();

        APIGatewayV2HTTPResponse answered = answer(reference, "STUDYING", "Merci, nous en parlons mercredi.", 1);
        built("ProposalSweeperFunction", ProposalSweeperHandler::new).handleRequest(new ScheduledEvent(), null);
        APIGatewayV2HTTPResponse stale = answer(reference, "DECLINED", "Non.", 1);

        assertThat(answered.getStatusCode()).isEqualTo(303);
        assertThat(world.sentMails())
                .filteredOn(mail -> mail.to().contains(address))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("Votre idée d'animation pour le quartier Le Canal");
                    assertThat(mail.text()).contains("Merci, nous en parlons mercredi.");
                });
        assertThat(stale.getStatusCode()).isEqualTo(409);
        Map<String, AttributeValue> item = world.item("ProposalsTable", reference);
        assertThat(item.get("status").s()).isEqualTo("STUDYING");
        assertThat(item.get("version").n()).isEqualTo("2");
        assertThat(item.get("notifications").m().get("reply:0").m().get("state").s())
                .isEqualTo("SENT");
        assertThat(item).doesNotContainKey("notificationsDue");
    }

    @Test
    void givenAnEvent_thenItIsCreatedChangedOnItsVersionCancelledAndEachChangeCountedForThePublisher() {
        long changesBefore = changes();
        Map<String, String> form = event("tilleuls", "2027-05-12");

        APIGatewayV2HTTPResponse created =
                events.handleRequest(post("POST /api/backoffice/animations", Map.of(), form, TEAM), null);
        String slug = "2027-05-12-fete-du-printemps-tilleuls";
        Map<String, String> changed = new HashMap<>(form);
        changed.put("version", "1");
        changed.put("eventStatus", "full");
        APIGatewayV2HTTPResponse full = events.handleRequest(
                post("POST /api/backoffice/animations/{slug}", Map.of("slug", slug), changed, TEAM), null);
        APIGatewayV2HTTPResponse stale = events.handleRequest(
                post("POST /api/backoffice/animations/{slug}", Map.of("slug", slug), changed, TEAM), null);
        APIGatewayV2HTTPResponse cancelled = events.handleRequest(
                post(
                        "POST /api/backoffice/animations/{slug}/annulation",
                        Map.of("slug", slug),
                        Map.of("statusNote", "Annulée : la salle est en travaux.", "version", "2"),
                        TEAM),
                null);

        assertThat(List.of(created, full, cancelled))
                .extracting(APIGatewayV2HTTPResponse::getStatusCode)
                .containsOnly(303);
        assertThat(stale.getStatusCode()).isEqualTo(409);
        Map<String, AttributeValue> item = eventItem(slug);
        assertThat(item.get("status").s()).isEqualTo("cancelled");
        assertThat(item.get("statusNote").s()).isEqualTo("Annulée : la salle est en travaux.");
        assertThat(item.get("version").n()).isEqualTo("3");
        assertThat(item.get("sequence").n()).as("full, then cancelled").isEqualTo("2");
        assertThat(changes()).isEqualTo(changesBefore + 3);
        assertThat(world.items("AuditTable"))
                .filteredOn(entry -> entry.get("subject").s().equals("event:" + slug))
                .hasSize(3);
    }

    @Test
    void givenRegistrationsHoldingPlacesOnTheLedger_thenTheCapacityCannotGoBelowThem() {
        Map<String, String> form = event("tilleuls", "2027-06-09");
        form.put("registrationNeeded", "yes");
        form.put(EventFields.REGISTRATION, "En ligne, sur cette page");
        form.put(EventFields.CAPACITY, "12");
        assertThat(events.handleRequest(post("POST /api/backoffice/animations", Map.of(), form, TEAM), null)
                        .getStatusCode())
                .isEqualTo(303);
        String slug = "2027-06-09-fete-du-printemps-tilleuls";
        // the registrations' ledger of that event, as they keep it: nine places held
        world.emulators()
                .dynamoDb()
                .client()
                .putItem(put -> put.tableName(world.tableName("EventPlacesTable"))
                        .item(Map.of(
                                PlacesItem.KEY, AttributeValue.fromS(slug),
                                PlacesItem.TAKEN, AttributeValue.fromN("9"),
                                PlacesItem.CAPACITY, AttributeValue.fromN("12"),
                                PlacesItem.FREE, AttributeValue.fromN("3"))));
        Map<String, String> fewer = new HashMap<>(form);
        fewer.put("version", "1");
        fewer.put(EventFields.CAPACITY, "8");

        APIGatewayV2HTTPResponse refused = events.handleRequest(
                post("POST /api/backoffice/animations/{slug}", Map.of("slug", slug), fewer, TEAM), null);
        fewer.put(EventFields.CAPACITY, "9");
        APIGatewayV2HTTPResponse kept = events.handleRequest(
                post("POST /api/backoffice/animations/{slug}", Map.of("slug", slug), fewer, TEAM), null);

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(refused.getBody()).contains("9\u00a0places");
        assertThat(kept.getStatusCode()).isEqualTo(303);
        assertThat(eventItem(slug).get("version").n())
                .as("only the change that holds the places")
                .isEqualTo("2");
    }

    @Test
    void givenAResidentsIdea_whenTheTeamMakesAnEventOfIt_thenTheIdeaIsAcceptedAndLinked() throws Exception {
        String reference = JsonTrees.MAPPER
                .readTree(submissions
                        .handleRequest(json(idea("tilleuls", "lien-" + UUID.randomUUID() + "@exemple.fr")), null)
                        .getBody())
                .path("reference")
                .asText();
        Map<String, String> form = new HashMap<>(event("tilleuls", "2027-06-02"));
        form.put("proposal", reference);

        APIGatewayV2HTTPResponse created =
                events.handleRequest(post("POST /api/backoffice/animations", Map.of(), form, TEAM), null);

        assertThat(created.getStatusCode()).isEqualTo(303);
        Map<String, AttributeValue> idea = world.item("ProposalsTable", reference);
        assertThat(idea.get("status").s()).isEqualTo("ACCEPTED");
        assertThat(idea.get("eventSlug").s()).isEqualTo("2027-06-02-fete-du-printemps-tilleuls");
    }

    @Test
    void givenAConciergeOfAnotherNeighbourhoodOrAFormFromElsewhere_thenRefusedAndNothingWritten() {
        int eventsBefore = world.items("EventsTable").size();
        long changesBefore = changes();

        APIGatewayV2HTTPResponse otherNeighbourhood = events.handleRequest(
                post("POST /api/backoffice/animations", Map.of(), event("canal", "2027-07-01"), TILLEULS_CONCIERGE),
                null);
        APIGatewayV2HTTPResponse forged = events.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.post(
                                "POST /api/backoffice/animations",
                                Map.of(),
                                event("tilleuls", "2027-07-01"),
                                "https://evil.example"),
                        TEAM),
                null);

        assertThat(otherNeighbourhood.getStatusCode()).isEqualTo(403);
        assertThat(forged.getStatusCode()).isEqualTo(403);
        assertThat(world.items("EventsTable")).hasSize(eventsBefore);
        assertThat(changes()).isEqualTo(changesBefore);
    }

    @Test
    void givenHostileProposals_thenTheRight4xxAndNothingStored() {
        int before = world.items("ProposalsTable").size();
        ObjectNode valid = idea("canal", "hostile@exemple.fr");
        HostileRequests.atTheEdge(valid.toString()).forEach(arguments -> {
            Object[] values = arguments.get();
            APIGatewayV2HTTPResponse response = submissions.handleRequest(
                    ApiEvents.post("/api/propositions", (String) values[1], (String) values[2], "203.0.113.66"), null);
            HostileRequests.assertRefused((String) values[0], response, (Integer) values[3]);
        });
        for (String field : List.of("idea", "when", "name")) {
            APIGatewayV2HTTPResponse response =
                    submissions.handleRequest(json(valid.deepCopy().put(field, "<script>alert(1)</script>")), null);
            HostileRequests.assertRefused(field, response, 400);
        }

        assertThat(world.items("ProposalsTable")).hasSize(before);
    }

    @Test
    void givenTheSnapStartHooks_whenTheFunctionsArePrimedOnRealStorage_thenNothingIsStoredCountedOrSent() {
        Map<String, Integer> before = sizes();
        int mails = world.sentMails().size();

        submissions.prime();
        proposals.prime();
        events.prime();
        built("ProposalConfirmationFunction", ProposalConfirmationHandler::new).prime();

        assertThat(sizes()).isEqualTo(before);
        assertThat(world.sentMails()).hasSize(mails);
    }

    private static APIGatewayV2HTTPResponse answer(String reference, String status, String reply, long version) {
        return proposals.handleRequest(
                post(
                        "POST /api/backoffice/propositions/{reference}",
                        Map.of("reference", reference),
                        Map.of("status", status, "reply", reply, "version", Long.toString(version)),
                        TEAM),
                null);
    }

    private static Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new HashMap<>();
        for (String table :
                List.of("ProposalsTable", "EventsTable", "PublicationTable", "RateLimitsTable", "AuditTable")) {
            sizes.put(table, world.items(table).size());
        }
        sizes.put("changes", (int) changes());
        return sizes;
    }

    private static long changes() {
        return new ProgrammeChanges(world.emulators().dynamoDb().client(), world.tableName("PublicationTable"))
                .read()
                .changes();
    }

    private static Map<String, AttributeValue> eventItem(String slug) {
        return world.emulators()
                .dynamoDb()
                .client()
                .getItem(get -> get.tableName(world.tableName("EventsTable"))
                        .key(Map.of("slug", AttributeValue.fromS(slug)))
                        .consistentRead(true))
                .item();
    }

    private static ObjectNode idea(String neighbourhood, String email) {
        ObjectNode idea = JsonTrees.MAPPER.createObjectNode();
        idea.put("neighbourhood", neighbourhood);
        idea.put("idea", "Un atelier de réparation de vélos, " + UUID.randomUUID());
        idea.put("when", "Le samedi matin");
        idea.put("help", "maybe");
        idea.put("name", "Camille");
        idea.put("email", email);
        idea.put("consent", true);
        idea.put("idempotencyKey", UUID.randomUUID().toString());
        idea.put("website", "");
        return idea;
    }

    private static APIGatewayV2HTTPEvent json(ObjectNode body) {
        return ApiEvents.post("/api/propositions", "application/json", body.toString(), "203.0.113.40");
    }

    private static Map<String, String> event(String neighbourhood, String day) {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", "Fête du printemps");
        fields.put("description", "Un goûter et des jeux pour tout le quartier.");
        fields.put("body", "Chacun apporte un gâteau.");
        fields.put("neighbourhood", neighbourhood);
        fields.put("start", day + "T15:00");
        fields.put("end", day + "T18:00");
        fields.put("place", "counter");
        fields.put("registrationNeeded", "no");
        return fields;
    }

    private static APIGatewayV2HTTPEvent post(
            String route, Map<String, String> path, Map<String, String> fields, SignedInMember member) {
        Map<String, String> sent = new HashMap<>(fields);
        sent.put(FormGuard.FIELD, member.csrfToken());
        return BackOfficeEvents.signedIn(BackOfficeEvents.post(route, path, sent), member);
    }
}
