package fr.conciergeriesolidaire.functions.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.order.OrderSubmissionHandler;
import fr.conciergeriesolidaire.functions.order.OrderWiring;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.subscription.Reviewer;
import fr.conciergeriesolidaire.functions.subscription.SignUpStatus;
import fr.conciergeriesolidaire.functions.subscription.SignUpTerms;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionEvents;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionLife;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionSubmissionHandler;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionWiring;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The indicators and exports on dynalite, over orders and sign-ups stored by their own features (the order form, the
 * sign-up form and the team's review), each function built from template.yaml's environment: what the reports read
 * is what those features write (attribute names, index keys, the customer's e-mail key), and each export lands in
 * the audit table with who, when and what, never the data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingIT {
    private static final String SITE = "site-entreprise-bailleur";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-03T09:00:00Z"));
    private final SignedInMember team = new SignedInMember(
            "membre-equipe", "Dominique Équipe", Role.TEAM, List.of(), "session", "jeton-de-session");
    private EmulatedAws world;
    private OrderSubmissionHandler orders;
    private SubscriptionSubmissionHandler signUps;
    private SubscriptionLife life;
    private ReportingWiring exportsWiring;
    private ReportingWiring indicatorsWiring;

    @BeforeAll
    void start() {
        world = EmulatedAws.inMemory();
        Map<String, String> orderForm = world.environmentOf("OrderSubmissionFunction");
        orderForm.put("CONFIRMATION_LIMIT", "10000");
        OrderWiring orderWiring = new OrderWiring(new Environment(orderForm), clock);
        orders = new OrderSubmissionHandler(
                orderWiring.service(), orderWiring.clientAddress(), orderWiring.followUpLinks());
        Map<String, String> signUpForm = world.environmentOf("SubscriptionSubmissionFunction");
        signUpForm.put("CONFIRMATION_LIMIT", "10000");
        SubscriptionWiring signUpWiring = new SubscriptionWiring(new Environment(signUpForm), clock);
        signUps = new SubscriptionSubmissionHandler(signUpWiring.service(), signUpWiring.clientAddress());
        life = signUpWiring.life();
        indicatorsWiring = new ReportingWiring(new Environment(world.environmentOf("IndicatorsFunction")), clock);
        exportsWiring = new ReportingWiring(new Environment(world.environmentOf("ExportsFunction")), clock);
        seed();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    /**
     * February: Alice orders twice at the company site. March: Alice again, Bruno at the company site (then his order
     * is stored as before orders kept a key: it counts as a person of its own), Chloé at a neighbourhood counter. The
     * company, signed up in February, is active at its site with 10 employees.
     */
    private void seed() {
        place(SITE, "2026-03-09", "12:00-12:30", "alice@exemple.fr", "repassage-chemise", 2);
        place(SITE, "2026-03-12", "12:30-13:00", "Alice@Exemple.fr ", "talons", 1);
        String signUp = placeSignUp();
        clock.advance(Duration.ofDays(27));
        place(SITE, "2026-03-09", "13:00-13:30", "alice@exemple.fr", "repassage-chemise", 1);
        String bruno = place(SITE, "2026-03-12", "12:00-12:30", "bruno@exemple.fr", "talons", 1);
        place("comptoir-tilleuls", "2026-03-10", "16:30-17:00", "chloe@exemple.fr", "repassage-chemise", 4);
        Map<String, AttributeValue> older = new HashMap<>(world.item("OrdersTable", bruno));
        older.remove(EmailKeys.ATTRIBUTE);
        world.emulators()
                .dynamoDb()
                .client()
                .putItem(put -> put.tableName(world.tableName("OrdersTable")).item(older));
        Reviewer reviewer = new Reviewer("membre-equipe", "Dominique Équipe");
        life.move(signUp, 1, reviewer, SignUpStatus.CONTACTED, Optional.empty());
        life.amend(signUp, 2, reviewer, new SignUpTerms(LocalDate.of(2026, 3, 2), 10, Optional.of(SITE)));
        life.move(signUp, 3, reviewer, SignUpStatus.AGREEMENT_SIGNED, Optional.empty());
        life.move(signUp, 4, reviewer, SignUpStatus.ACTIVE, Optional.empty());
    }

    @Test
    void givenOrdersStoredByTheOrderFeatureThenEachKeepsItsCustomersEmailKeyAndTheByEmailIndexFindsThem() {
        String alice = new EmailKeys(new KeyedHash(EmulatedAws.HASH_SECRET))
                .of("alice@exemple.fr")
                .orElseThrow();

        List<Map<String, AttributeValue>> found = world.emulators()
                .dynamoDb()
                .client()
                .query(query -> query.tableName(world.tableName("OrdersTable"))
                        .indexName(EmailKeys.INDEX)
                        .keyConditionExpression("#key = :key")
                        .expressionAttributeNames(Map.of("#key", EmailKeys.ATTRIBUTE))
                        .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(alice))))
                .items();

        assertThat(found).as("one address however typed: three orders").hasSize(3);
        assertThat(found.get(0)).doesNotContainKey("customer").containsKey("reference");
    }

    @Test
    void givenAYearOfStoredOrdersThenTheIndicatorsCountThemAndTheActiveSitesReachByPerson() {
        Figures figures = indicatorsWiring.indicators().of(YearMonth.of(2026, 3));

        assertThat(figures.months().get(10))
                .extracting(Figures.Tally::count, Figures.Tally::cents)
                .containsExactly(2L, 2300L);
        assertThat(figures.months().get(11))
                .extracting(Figures.Tally::count, Figures.Tally::cents)
                .containsExactly(3L, 3050L);
        assertThat(figures.partners())
                .extracting(Figures.Tally::key, Figures.Tally::count, Figures.Tally::cents)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("cordonnerie-solidaire", 2L, 3600L),
                        org.assertj.core.groups.Tuple.tuple("atelier-repassage", 7L, 1750L));
        assertThat(figures.sites()).singleElement().satisfies(site -> {
            assertThat(site.company()).isEqualTo("Imprimerie Rémoise");
            assertThat(site.employees()).isEqualTo(10);
            assertThat(site.people()).as("Alice once, Bruno's older order").isEqualTo(2);
            assertThat(site.unkeyed()).isEqualTo(1);
            assertThat(site.percent()).isEqualTo(20);
        });

        APIGatewayV2HTTPResponse page = new IndicatorsHandler(indicatorsWiring)
                .handleRequest(BackOfficeEvents.signedIn(BackOfficeEvents.get(IndicatorsHandler.ROUTE), team), null);
        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(page.getBody()).contains("Imprimerie Rémoise", "20\u00a0%").doesNotContain("alice", "Alice");
    }

    @Test
    void givenExportsOfAMonthThenTheFilesHoldItsRecordsAndTheAuditTableEachExportWithoutItsData() throws Exception {
        ExportsHandler exports = new ExportsHandler(exportsWiring);

        APIGatewayV2HTTPResponse ordersFile = export(exports, "commandes", "2026-03");
        APIGatewayV2HTTPResponse signUpsFile = export(exports, "adhesions", "2026-02");

        assertThat(ordersFile.getStatusCode()).isEqualTo(200);
        assertThat(ordersFile.getBody().split("\r\n")).hasSize(4);
        assertThat(ordersFile.getBody())
                .contains("Conciergerie d'entreprise du bailleur partenaire;2026-03-09;Reçue;Repassage d'une chemise")
                .doesNotContain("exemple.fr", "Alice", "Martin");
        assertThat(signUpsFile.getBody().split("\r\n")).hasSize(2);
        assertThat(signUpsFile.getBody())
                .contains("Imprimerie Rémoise;73282932000074;12 rue de la Paix, 51100 Reims;10;2026-03-02;649,00;")
                .doesNotContain("Hélène", "helene", "Dubois");
        List<Map<String, AttributeValue>> audit = world.items("AuditTable");
        assertThat(audit).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.get("subject").s()).isEqualTo("exports");
            assertThat(entry.get("memberId").s()).isEqualTo("membre-equipe");
            assertThat(entry.get("memberName").s()).isEqualTo("Dominique Équipe");
            assertThat(entry).containsKey("expiresAt");
        });
        assertThat(audit)
                .extracting(entry ->
                        entry.get("action").s() + " " + entry.get("detail").s())
                .containsExactlyInAnyOrder("audit.export.commandes 2026-03", "audit.export.adhesions 2026-02");
        String page = exports.handleRequest(
                        BackOfficeEvents.signedIn(BackOfficeEvents.get(ExportsHandler.PAGE), team), null)
                .getBody();
        assertThat(page).contains("Adhésions du mois", "février 2026", "Commandes du mois", "mars 2026");
    }

    @Test
    void givenTheFunctionsBuiltAsLambdaBuildsThemThenPrimingWritesNothing() {
        int orderItems = world.items("OrdersTable").size();
        int auditItems = world.items("AuditTable").size();

        Environment.building(world.environmentOf("IndicatorsFunction"), IndicatorsHandler::new)
                .prime();
        Environment.building(world.environmentOf("ExportsFunction"), ExportsHandler::new)
                .prime();

        assertThat(world.items("OrdersTable")).hasSize(orderItems);
        assertThat(world.items("AuditTable")).hasSize(auditItems);
    }

    private APIGatewayV2HTTPResponse export(ExportsHandler exports, String kind, String month) {
        return exports.handleRequest(InMemoryReporting.exportForm(team, "kind", kind, "month", month), null);
    }

    /** An order sent through the order form's handler; its reference. */
    private String place(String counter, String date, String window, String email, String service, int quantity) {
        String body = """
                {"counter": "%s", "lines": [{"service": "%s", "quantity": %d}], "date": "%s", "window": "%s",
                 "firstName": "Alice", "lastName": "Martin", "phone": "06 12 34 56 78", "email": "%s",
                 "consent": true, "idempotencyKey": "%s", "website": ""}
                """.formatted(counter, service, quantity, date, window, email, UUID.randomUUID());
        APIGatewayV2HTTPResponse placed =
                orders.handleRequest(ApiEvents.post("/api/orders", "application/json", body, "198.51.100.8"), null);
        assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(201);
        try {
            return JsonTrees.MAPPER.readTree(placed.getBody()).path("reference").asText();
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private String placeSignUp() {
        APIGatewayV2HTTPResponse placed = signUps.handleRequest(
                SubscriptionEvents.json(SubscriptionEvents.valid().put("startDate", "2026-03-02"), "198.51.100.9"),
                null);
        assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(201);
        try {
            return JsonTrees.MAPPER.readTree(placed.getBody()).path("reference").asText();
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
