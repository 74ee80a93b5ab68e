package fr.conciergeriesolidaire.functions.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import com.fasterxml.jackson.databind.JsonNode;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.emulators.StreamEvents;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.order.OrderNotifierHandler;
import fr.conciergeriesolidaire.functions.order.OrderSubmissionHandler;
import fr.conciergeriesolidaire.functions.order.OrderSweeperHandler;
import fr.conciergeriesolidaire.functions.order.OrderWiring;
import fr.conciergeriesolidaire.functions.programme.proposals.ProposalTestAccess;
import fr.conciergeriesolidaire.functions.registration.RegistrationFunctions;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionNotifierHandler;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionSubmissionHandler;
import fr.conciergeriesolidaire.functions.subscription.SubscriptionWiring;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.EventItemMapper;
import fr.conciergeriesolidaire.programme.table.EventTable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The residents' world on dynalite and aws-ses-v2-local: the order, sign-up, registration and proposal forms as the
 * public sends them, their notifiers and sweepers (and the registrations' reminders), the events the team publishes,
 * and "Mes données" with its requests' stream; every function built from its environment in template.yaml (so with
 * only its tables), on one test clock.
 */
final class ResidentsWorld implements AutoCloseable {
    static final Pattern LINK_KEY = Pattern.compile("/api/mes-donnees\\?jeton=([A-Za-z0-9_-]{43})");

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final EmulatedAws aws = EmulatedAws.inMemory();
    private long sequence = 1;

    MyDataWiring wiring(String functionId) {
        return new MyDataWiring(new Environment(aws.environmentOf(functionId)), clock);
    }

    private OrderWiring orders(String functionId) {
        return new OrderWiring(new Environment(aws.environmentOf(functionId)), clock);
    }

    private SubscriptionWiring signUps(String functionId) {
        return new SubscriptionWiring(new Environment(aws.environmentOf(functionId)), clock);
    }

    /** The resident orders through the public API; returns the reference. The stream's notifier does not run yet. */
    String placeOrder(Resident resident) {
        OrderWiring wiring = orders("OrderSubmissionFunction");
        APIGatewayV2HTTPResponse placed = new OrderSubmissionHandler(
                        wiring.service(), wiring.clientAddress(), wiring.followUpLinks())
                .handleRequest(ResidentEvents.json("/api/orders", resident.order()), null);
        assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(201);
        return json(placed).path("reference").asText();
    }

    /** The resident signs their company up through the public API; returns the reference. */
    String signUp(Resident resident, int streetNumber) {
        SubscriptionWiring wiring = signUps("SubscriptionSubmissionFunction");
        APIGatewayV2HTTPResponse placed = new SubscriptionSubmissionHandler(wiring.service(), wiring.clientAddress())
                .handleRequest(ResidentEvents.json("/api/subscriptions", resident.signUp(streetNumber)), null);
        assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(201);
        return json(placed).path("reference").asText();
    }

    private RegistrationFunctions registrations() {
        return new RegistrationFunctions(aws::environmentOf, clock);
    }

    /** Puts the event in the events table, as the team's programme screen would. */
    void publish(ProgrammeEvent event) {
        boolean added = new EventTable(
                        aws.emulators().dynamoDb().client(),
                        aws.tableName("EventsTable"),
                        new EventItemMapper(ZoneId.of("Europe/Paris")))
                .insertIfAbsent(event, clock.instant());
        assertThat(added).as("a new event").isTrue();
    }

    /** The resident registers for the event through the public API; returns the answer (reference, status...). */
    JsonNode register(Resident resident, String event, int places) {
        APIGatewayV2HTTPResponse answer = registrations()
                .register(
                        event,
                        ResidentEvents.json("/api/events/" + event + "/registrations", resident.registration(places)));
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(201);
        return json(answer);
    }

    /** The hourly run of the registrations' reminders of the day before. */
    void remindRegistrations() {
        registrations().remind();
    }

    /** The resident proposes an idea of animation from a neighbourhood's page, with their contact; the reference. */
    String propose(Resident resident, String neighbourhood) {
        APIGatewayV2HTTPResponse placed = ProposalTestAccess.submissionHandler(
                        aws.environmentOf("ProposalSubmissionFunction"), clock)
                .handleRequest(ResidentEvents.json("/api/propositions", resident.proposal(neighbourhood)), null);
        assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(201);
        return json(placed).path("reference").asText();
    }

    void sweepProposals() {
        ProposalTestAccess.sweeper(aws.environmentOf("ProposalSweeperFunction"), clock)
                .handleRequest(null, null);
    }

    /** The orders, sign-ups and registrations tables' streams: each new record's e-mails. */
    void notifyNewRecords() {
        new OrderNotifierHandler(orders("OrderNotifierFunction").notifier())
                .handleRequest(inserts("OrdersTable", "reference"), null);
        new SubscriptionNotifierHandler(signUps("SubscriptionNotifierFunction").notifier())
                .handleRequest(inserts("SubscriptionsTable", "reference"), null);
        registrations().notifyNew(inserts("RegistrationsTable", "reference"));
    }

    void sweepOrders() {
        new OrderSweeperHandler(orders("OrderSweeperFunction").sweeper()).handleRequest(null, null);
    }

    APIGatewayV2HTTPResponse requestLink(String email) {
        return requestHandler()
                .handleRequest(ResidentEvents.form(MyDataPages.REQUEST_PATH, Map.of("email", email)), null);
    }

    /** The page a request leads to (303). */
    APIGatewayV2HTTPResponse myDataRequestPage() {
        return requestHandler().handleRequest(ResidentEvents.get(MyDataPages.REQUEST_PATH, Map.of()), null);
    }

    private MyDataRequestHandler requestHandler() {
        MyDataWiring wiring = wiring("MyDataRequestFunction");
        return new MyDataRequestHandler(
                wiring.requestService(), wiring.formGuard(), wiring.clientAddress(), wiring.pages());
    }

    /** The requests table's stream: each link or confirmation sent, and forgotten. */
    void sendRequestedMails() {
        new MyDataMailHandler(wiring("MyDataMailFunction").mailer())
                .handleRequest(inserts("MyDataRequestsTable", DynamoDbMyDataRequests.REQUEST_ID), null);
    }

    /** Asks for a link at that address and follows it from the mail store: the link's key. */
    String linkKey(String email) {
        assertThat(requestLink(email).getStatusCode()).isEqualTo(303);
        sendRequestedMails();
        return lastLinkKey(email).orElseThrow(() -> new AssertionError("No link sent to " + email));
    }

    Optional<String> lastLinkKey(String email) {
        Optional<String> key = Optional.empty();
        for (SentMail mail : mailsTo(email)) {
            Matcher link = LINK_KEY.matcher(mail.text());
            if (link.find()) {
                key = Optional.of(link.group(1));
            }
        }
        return key;
    }

    List<SentMail> mailsTo(String email) {
        return aws.sentMails().stream()
                .filter(mail -> mail.to().contains(email))
                .toList();
    }

    MyDataHandler myData() {
        MyDataWiring wiring = wiring("MyDataFunction");
        return new MyDataHandler(
                wiring.links(), wiring.records(), wiring.pages(), wiring.export(), wiring.originGate(), clock);
    }

    APIGatewayV2HTTPResponse open(String path, String key, Map<String, String> more) {
        Map<String, String> query = new java.util.HashMap<>(more);
        query.put(MyDataFields.KEY, key);
        return myData().handleRequest(ResidentEvents.get(path, query), null);
    }

    MyDataErasureHandler erasure() {
        MyDataWiring wiring = wiring("MyDataErasureFunction");
        return new MyDataErasureHandler(
                wiring.links(), wiring.erasures(), wiring.formGuard(), wiring.originGate(), wiring.pages(), clock);
    }

    APIGatewayV2HTTPResponse erase(String key, String target) {
        return erasure()
                .handleRequest(
                        ResidentEvents.form(
                                MyDataPages.ERASE_PATH, Map.of(MyDataFields.KEY, key, MyDataFields.RECORD, target)),
                        null);
    }

    /** Every item of every table of template.yaml, as text. */
    String everythingStored() {
        return aws.tableIds().stream()
                .sorted()
                .map(table -> table + ": " + aws.items(table))
                .collect(Collectors.joining("\n"));
    }

    List<Map<String, AttributeValue>> items(String tableId) {
        return aws.items(tableId);
    }

    private com.amazonaws.services.lambda.runtime.events.DynamodbEvent inserts(String tableId, String key) {
        List<Map<String, AttributeValue>> items = aws.items(tableId);
        com.amazonaws.services.lambda.runtime.events.DynamodbEvent event =
                StreamEvents.inserts(items, List.of(key), StreamViewType.KEYS_ONLY, sequence);
        sequence += items.size();
        return event;
    }

    static JsonNode json(APIGatewayV2HTTPResponse response) {
        try {
            return JsonTrees.MAPPER.readTree(response.getBody());
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    @Override
    public void close() {
        aws.close();
    }
}
