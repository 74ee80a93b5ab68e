package fr.conciergeriesolidaire.functions.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.testing.Concurrently;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.HostileRequests;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Company sign-ups through the real handlers, against dynalite and aws-ses-v2-local. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionSubmissionIT {
    private static final String TABLE = "SubscriptionsTable";
    private static final String TEAM = "equipe@conciergerie-solidaire-51.example";
    /** Each test signs up its own site (a street number of its own), so tests sharing the table never meet. */
    private static final AtomicInteger STREET_NUMBERS = new AtomicInteger(100);

    private final MutableClock clock = new MutableClock(Instant.parse(SubscriptionEvents.NOW));
    private EmulatedAws world;
    private SubscriptionSubmissionHandler submissions;
    private SubscriptionNotifierHandler notifier;
    private SubscriptionSweeperHandler sweeper;

    @BeforeAll
    void startEmulators() {
        world = EmulatedAws.inMemory();
        // All tests post from a few addresses: the rate limit has a test of its own, with its own handler.
        Map<String, String> environment = world.environmentOf("SubscriptionSubmissionFunction");
        environment.put("SUBSCRIPTION_RATE_LIMIT", "10000");
        environment.put("CONFIRMATION_LIMIT", "10000");
        submissions = submissionHandler(environment);
        notifier = new SubscriptionNotifierHandler(
                wiring("SubscriptionNotifierFunction").notifier());
        sweeper = new SubscriptionSweeperHandler(
                wiring("SubscriptionSweeperFunction").sweeper());
    }

    @AfterAll
    void stopEmulators() {
        world.close();
    }

    private SubscriptionWiring wiring(String functionId) {
        return new SubscriptionWiring(new Environment(world.environmentOf(functionId)), clock);
    }

    private SubscriptionSubmissionHandler submissionHandler(Map<String, String> environment) {
        SubscriptionWiring wiring = new SubscriptionWiring(new Environment(environment), clock);
        return new SubscriptionSubmissionHandler(wiring.service(), wiring.clientAddress());
    }

    /** Built as Lambda builds it: the no-argument constructor, with the function's environment. */
    private SubscriptionConfirmationHandler confirmationHandler() {
        return Environment.building(
                world.environmentOf("SubscriptionConfirmationFunction"), SubscriptionConfirmationHandler::new);
    }

    @BeforeEach
    void emptyMailbox() {
        world.emulators().mail().clearStore();
    }

    @Test
    void givenTwentyConcurrentCopiesOfOneSignUp_thenOneRecordOneReferenceAndEachEmailSentOnce() throws Exception {
        // GIVEN one sign-up (same idempotency key) sent 20 times at once: double clicks, retries
        ObjectNode signUp = newSite();

        // WHEN
        List<APIGatewayV2HTTPResponse> responses =
                Concurrently.run(20, index -> () -> submissions.handleRequest(SubscriptionEvents.json(signUp), null));

        // THEN every answer is 201 with the same reference, and one record is stored
        assertThat(responses)
                .allSatisfy(response -> assertThat(response.getStatusCode()).isEqualTo(201));
        Set<String> references = responses.stream()
                .map(response -> read(response).path("reference").asText())
                .collect(Collectors.toSet());
        assertThat(references).hasSize(1);
        String reference = references.iterator().next();
        assertThat(signUpsOf(signUp)).hasSize(1);

        // WHEN the stream notifier runs twice on it (a retried batch) and the sweeper runs too
        var event = EmulatedAws.insertEvent(List.of(world.item(TABLE, reference)));
        Concurrently.run(2, index -> () -> notifier.handleRequest(event, null));
        clock.advance(Duration.ofMinutes(5));
        sweeper.handleRequest(null, null);

        // THEN the contact person and the team each got one e-mail, and nothing is left to send
        assertThat(mailsAbout(reference))
                .extracting(mail -> mail.to().get(0))
                .containsExactlyInAnyOrder("helene.dubois@imprimerie.example", TEAM);
        assertThat(world.item(TABLE, reference)).doesNotContainKey("notificationsDue");
    }

    @Test
    void givenTwentyConcurrentSignUpsForOneSiteFromDifferentForms_thenOneIsStoredAndTheOthersGetItsReference()
            throws Exception {
        // GIVEN 20 sign-ups for the same SIRET and site, each from its own form display (its own key)
        ObjectNode site = newSite();
        List<ObjectNode> signUps = IntStream.range(0, 20)
                .mapToObj(index ->
                        site.deepCopy().put("idempotencyKey", UUID.randomUUID().toString()))
                .toList();

        // WHEN they arrive at once
        List<APIGatewayV2HTTPResponse> responses = Concurrently.run(
                20, index -> () -> submissions.handleRequest(SubscriptionEvents.json(signUps.get(index)), null));

        // THEN one is stored; the 19 others are 409 naming its reference
        assertThat(responses)
                .filteredOn(response -> response.getStatusCode() == 201)
                .hasSize(1);
        String reference = responses.stream()
                .filter(response -> response.getStatusCode() == 201)
                .map(response -> read(response).path("reference").asText())
                .findFirst()
                .orElseThrow();
        assertThat(responses)
                .filteredOn(response -> response.getStatusCode() == 409)
                .hasSize(19)
                .allSatisfy(response ->
                        assertThat(read(response).path("reference").asText()).isEqualTo(reference));
        assertThat(signUpsOf(site)).hasSize(1);
    }

    @Test
    void givenASiteWithASignUp_thenItIsRefusedHoweverTypedUntilTheTeamDropsIt() {
        // GIVEN a sign-up for a site at the company's address
        ObjectNode first = newSite();
        String reference = read(submit(first)).path("reference").asText();

        // WHEN the same SIRET and site come again, from another person, the address typed as "another site"
        ObjectNode again = newSite();
        again.put("companyStreet", first.path("companyStreet").asText())
                .put("siteAddress", "other")
                .put(
                        "siteStreet",
                        first.path("companyStreet").asText().toUpperCase().replace(" ", ",  "))
                .put("sitePostcode", "51 100")
                .put("siteCity", "reims")
                .put("firstName", "Paul");
        var refused = submit(again);

        // THEN 409 with the reference awaiting review, in the error contract
        assertThat(refused.getStatusCode()).isEqualTo(409);
        assertThat(read(refused).path("reference").asText()).isEqualTo(reference);
        assertThat(read(refused).path("message").asText()).contains(reference);

        // WHEN the team has dropped it ("sans suite"), the site may sign up again
        setStatus(reference, "DROPPED");
        var accepted = submit(again);

        // THEN a new sign-up with a new reference, which in turn blocks the next one
        assertThat(accepted.getStatusCode()).isEqualTo(201);
        String second = read(accepted).path("reference").asText();
        assertThat(second).isNotEqualTo(reference);
        ObjectNode third =
                again.deepCopy().put("idempotencyKey", UUID.randomUUID().toString());
        assertThat(read(submit(third)).path("reference").asText()).isEqualTo(second);
    }

    @Test
    void givenAnEarlierSignUpErasedByItsTtl_thenTheOneAwaitingReviewAfterItStillBlocks() {
        // GIVEN a first sign-up dropped, a second one awaiting review, then the first erased (TTL)
        ObjectNode site = newSite();
        String first = read(submit(site)).path("reference").asText();
        setStatus(first, "DROPPED");
        String second = read(submit(
                        site.deepCopy().put("idempotencyKey", UUID.randomUUID().toString())))
                .path("reference")
                .asText();
        world.emulators()
                .dynamoDb()
                .client()
                .deleteItem(delete ->
                        delete.tableName(world.tableName(TABLE)).key(Map.of("reference", AttributeValue.fromS(first))));

        // WHEN a third comes for that site
        var third =
                submit(site.deepCopy().put("idempotencyKey", UUID.randomUUID().toString()));

        // THEN the hole left by the first does not let it in beside the second
        assertThat(third.getStatusCode()).isEqualTo(409);
        assertThat(read(third).path("reference").asText()).isEqualTo(second);
    }

    @Test
    void givenAPlainFormPostedTwice_thenOneRecordAndTheSameConfirmationWithoutPersonalData() {
        // GIVEN a form post without JavaScript (no idempotency key, no startedAt)
        String street = STREET_NUMBERS.incrementAndGet() + "+rue+des+Moulins";
        String form = "company=Garage+Solidaire&siret=356+000+000+49837&companyStreet=" + street
                + "&companyPostcode=51100&companyCity=Reims&employees=45&siteAddress=same&siteStreet=&sitePostcode="
                + "&siteCity=&startDate=2026-05-04&firstName=Jos%C3%A9&lastName=Petit&role=G%C3%A9rant"
                + "&phone=06+11+22+33+44&email=jose%40garage.example&message=&consent=yes&website=";

        // WHEN it is posted twice
        var first = submissions.handleRequest(SubscriptionEvents.post("application/x-www-form-urlencoded", form), null);
        var second =
                submissions.handleRequest(SubscriptionEvents.post("application/x-www-form-urlencoded", form), null);

        // THEN the same redirection, one record, and a confirmation page without personal data
        assertThat(first.getStatusCode()).isEqualTo(303);
        assertThat(second.getStatusCode()).isEqualTo(303);
        assertThat(second.getHeaders().get("Location"))
                .isEqualTo(first.getHeaders().get("Location"));
        String reference = first.getHeaders().get("Location").replaceAll(".*reference=", "");
        assertThat(world.items(TABLE).stream()
                        .filter(item -> item.get("reference").s().equals(reference)))
                .hasSize(1);
        var page = confirmationHandler().handleRequest(SubscriptionEvents.confirmation(reference), null);
        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(page.getBody()).contains(reference, "270,00").doesNotContain("José", "jose@garage.example");
    }

    @Test
    void givenAStoredSignUp_thenItAwaitsReviewWithTheServersQuoteAndExpiresAfterTheRetentionPeriod() {
        // GIVEN a sign-up claiming its own price
        ObjectNode signUp = newSite();
        signUp.put("monthlyCents", 1).putObject("quote").put("monthlyCents", 1);

        // WHEN
        String reference = read(submit(signUp)).path("reference").asText();

        // THEN as stored: awaiting review, offer.yaml's quote, personal data erased 3 years later (policies.yaml)
        Map<String, AttributeValue> item = world.item(TABLE, reference);
        assertThat(item.get("status").s()).isEqualTo("AWAITING_REVIEW");
        assertThat(item.get("quote").m().get("monthlyCents").n()).isEqualTo("64900");
        assertThat(Long.parseLong(item.get("expiresAt").n()))
                .isEqualTo(clock.instant().atOffset(ZoneOffset.UTC).plusYears(3).toEpochSecond());
        assertThat(item.get("contact").m().get("phone").s()).isEqualTo("+33353012345");
        assertThat(item.get("notifications").m()).containsOnlyKeys("contact", "team");
    }

    @Test
    void givenTheSweeperAlone_thenTheEmailsSayWhatEachReaderNeedsEscapedInHtml() {
        // GIVEN a sign-up whose stream notification never ran, with characters that mean something in HTML
        ObjectNode signUp = newSite();
        signUp.put("company", "Dupont & Fils \"Imprimeurs\"").put("message", "Accès par la cour, code 1234 & badge.");
        String reference = read(submit(signUp)).path("reference").asText();

        // WHEN the sweeper runs after its grace period
        clock.advance(Duration.ofMinutes(3));
        sweeper.handleRequest(null, null);

        // THEN the contact person gets the quote and what happens next, and nothing typed in the form but the SIRET
        // (the form must not carry a visitor's text to any address they type); the team gets the whole sign-up
        List<SentMail> mails = mailsAbout(reference);
        assertThat(mails).hasSize(2);
        SentMail contact = mailTo(mails, "helene.dubois@imprimerie.example");
        assertThat(contact.subject()).isEqualTo("Votre demande d'adhésion " + reference + " est enregistrée");
        assertThat(contact.text())
                .contains(
                        reference,
                        "732\u00a0829\u00a0320\u00a000074",
                        "649,00\u00a0€ HT par mois pour 120 salariés",
                        "Et maintenant")
                .doesNotContain("Dupont", "Hélène", "Dubois", "code 1234", "Responsable");
        assertThat(contact.html()).doesNotContain("Dupont", "Hélène");
        SentMail team = mailTo(mails, TEAM);
        assertThat(team.subject()).isEqualTo("Nouvelle demande d'adhésion " + reference + " – 120 salariés");
        assertThat(team.text())
                .contains(
                        "Dupont & Fils \"Imprimeurs\"",
                        "Responsable RH",
                        "+33353012345",
                        "732\u00a0829\u00a0320\u00a000074");
        assertThat(team.html())
                .contains("Dupont &amp; Fils &quot;Imprimeurs&quot;", "code 1234 &amp; badge.")
                .doesNotContain("& Fils");
    }

    @Test
    void givenAClientPastTheSignUpRateLimit_thenA429AndNothingMoreStored() {
        // GIVEN the submission function configured for 2 sign-ups per client and window
        var environment = world.environmentOf("SubscriptionSubmissionFunction");
        environment.put("SUBSCRIPTION_RATE_LIMIT", "2");
        environment.put("CONFIRMATION_LIMIT", "10000");
        var limited = submissionHandler(environment);

        // WHEN one client signs up three sites
        List<ObjectNode> signUps = List.of(newSite(), newSite(), newSite());
        List<Integer> statuses = signUps.stream()
                .map(signUp -> limited.handleRequest(SubscriptionEvents.json(signUp, "192.0.2.77"), null)
                        .getStatusCode())
                .toList();

        // THEN the third is refused and not stored
        assertThat(statuses).containsExactly(201, 201, 429);
        assertThat(signUpsOf(signUps.get(2))).isEmpty();
    }

    static Stream<Arguments> hostileInputs() {
        ObjectNode valid = SubscriptionEvents.valid();
        valid.put("companyStreet", "1 impasse des Hostiles");
        String json = valid.toString();
        return Stream.concat(
                HostileRequests.atTheEdge(json),
                Stream.of(
                        Arguments.of(
                                "script in company",
                                "application/json",
                                with(valid, "company", "<script>x</script>"),
                                400),
                        Arguments.of(
                                "CR/LF in company",
                                "application/json",
                                with(valid, "company", "A\r\nBcc: x@y.fr"),
                                400),
                        Arguments.of("bidi override in role", "application/json", with(valid, "role", "R\u202EH"), 400),
                        Arguments.of(
                                "header injection in e-mail",
                                "application/json",
                                with(valid, "email", "a@b.fr\nBcc: c@d.fr"),
                                400),
                        Arguments.of(
                                "SIRET with a wrong key",
                                "application/json",
                                with(valid, "siret", "73282932000075"),
                                400),
                        Arguments.of(
                                "headcount beyond the offer",
                                "application/json",
                                valid.deepCopy().put("employees", 1_000_000).toString(),
                                400),
                        Arguments.of("headcount as text", "application/json", with(valid, "employees", "120"), 400),
                        Arguments.of(
                                "start date in the past",
                                "application/json",
                                with(valid, "startDate", "2026-03-01"),
                                400),
                        Arguments.of(
                                "honeypot filled",
                                "application/json",
                                with(valid, "website", "http://spam.example"),
                                400),
                        Arguments.of(
                                "filled in under 3 s",
                                "application/json",
                                valid.deepCopy()
                                        .put("startedAt", 1772441999000L)
                                        .toString(),
                                400),
                        Arguments.of(
                                "missing consent",
                                "application/json",
                                valid.deepCopy().put("consent", false).toString(),
                                400)));
    }

    @Test
    void givenTheSnapStartHooks_whenTheFunctionsArePrimedOnRealStorage_thenNothingIsStoredCountedOrSent() {
        // GIVEN the tables as they are
        int signUps = world.items(TABLE).size();
        int rateLimitCounters = world.items("RateLimitsTable").size();

        // WHEN the submission and confirmation functions are primed (both read the table)
        submissions.prime();
        confirmationHandler().prime();

        // THEN
        assertThat(world.items(TABLE)).hasSize(signUps);
        assertThat(world.items("RateLimitsTable")).hasSize(rateLimitCounters);
        assertThat(world.sentMails()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void givenHostileInput_thenTheRight4xxNothingStoredAndNothingSent(
            String what, String contentType, String body, int status) {
        // GIVEN the table as it is
        int before = world.items(TABLE).size();

        // WHEN
        var response = submissions.handleRequest(SubscriptionEvents.post(contentType, body), null);

        // THEN the right 4xx, a French message and no internals, nothing stored, nothing sent
        HostileRequests.assertRefused(what, response, status);
        assertThat(world.items(TABLE)).hasSize(before);
        assertThat(world.sentMails()).isEmpty();
    }

    private static String with(ObjectNode valid, String field, String value) {
        return valid.deepCopy().put(field, value).toString();
    }

    /** A valid sign-up for a site no other test uses. */
    private static ObjectNode newSite() {
        ObjectNode signUp = SubscriptionEvents.valid();
        signUp.put("companyStreet", STREET_NUMBERS.incrementAndGet() + " rue de la Paix");
        return signUp;
    }

    private APIGatewayV2HTTPResponse submit(ObjectNode signUp) {
        return submissions.handleRequest(SubscriptionEvents.json(signUp), null);
    }

    private List<Map<String, AttributeValue>> signUpsOf(ObjectNode signUp) {
        String street = signUp.path("companyStreet").asText();
        return world.items(TABLE).stream()
                .filter(item -> item.get("company")
                        .m()
                        .get("address")
                        .m()
                        .get("street")
                        .s()
                        .equals(street))
                .toList();
    }

    private void setStatus(String reference, String status) {
        world.emulators()
                .dynamoDb()
                .client()
                .updateItem(update -> update.tableName(world.tableName(TABLE))
                        .key(Map.of("reference", AttributeValue.fromS(reference)))
                        .updateExpression("SET #status = :status")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status))));
    }

    /** The e-mails sent about one sign-up (the sweeper also sends those of other tests' sign-ups). */
    private List<SentMail> mailsAbout(String reference) {
        return world.sentMails().stream()
                .filter(mail -> mail.subject().contains(reference))
                .toList();
    }

    private static SentMail mailTo(List<SentMail> mails, String address) {
        return mails.stream()
                .filter(mail -> mail.to().contains(address))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No e-mail to " + address + " in " + mails));
    }

    private static JsonNode read(APIGatewayV2HTTPResponse response) {
        try {
            return JsonTrees.MAPPER.readTree(response.getBody());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(response.getBody(), unreadable);
        }
    }
}
