package fr.conciergeriesolidaire.functions.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.testing.ApiEvents;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.places.PlacesTable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Registrations from the form to the day after, against dynalite and aws-ses-v2-local, through the functions as their
 * template builds them: a plain form post and its page, a person registering twice, the places left, a cancellation
 * by the e-mail's link confirming the first on the waiting list, the reminder of the day before (once), the team
 * raising the capacity, moving and cancelling the event (each change told once), and the attendance marked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationJourneysIT {
    private static final Pattern CANCEL_LINK =
            Pattern.compile("\\((https?://[^)\\s]+/api/registrations/cancellation\\?[^)\\s]+)\\)");

    private final MutableClock clock = new MutableClock(Instant.parse("2027-04-01T09:00:00Z"));
    private EmulatedRegistrations world;
    private RegistrationSubmissionHandler submissions;
    private RegistrationNotifierHandler stream;
    private RegistrationSweeperHandler sweeper;
    private RegistrationCancellationHandler cancellations;
    private RegistrationConfirmationHandler confirmations;
    private RegistrationAvailabilityHandler availability;
    private RegistrationReminderHandler reminders;
    private RegistrationsScreenHandler screens;
    private EventFollowUp followUp;

    @BeforeAll
    void start() {
        world = EmulatedRegistrations.inMemory();
        submissions = world.submissionHandler(clock);
        stream = new RegistrationNotifierHandler(
                world.wiring("RegistrationNotifierFunction", clock).upkeep());
        sweeper = new RegistrationSweeperHandler(
                world.wiring("RegistrationSweeperFunction", clock).upkeep());
        RegistrationWiring cancelling = world.wiring("RegistrationCancellationFunction", clock);
        cancellations = new RegistrationCancellationHandler(
                cancelling.cancellation(), cancelling.originGate(), cancelling.pages(), clock);
        RegistrationWiring showing = world.wiring("RegistrationConfirmationFunction", clock);
        confirmations = new RegistrationConfirmationHandler(showing.lookup(), showing.originGate(), showing.pages());
        RegistrationWiring counting = world.wiring("RegistrationAvailabilityFunction", clock);
        availability = new RegistrationAvailabilityHandler(counting.places(), counting.originGate(), counting.pages());
        reminders = new RegistrationReminderHandler(
                world.wiring("RegistrationReminderFunction", clock).reminders());
        RegistrationWiring team = world.wiring("RegistrationsScreenFunction", clock);
        screens = new RegistrationsScreenHandler(
                team.board(), team.attendance(), team.screens(), team.formGuard(), team.originGate());
        followUp = world.wiring("RegistrationSweeperFunction", clock).followUp();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    private ProgrammeEvent workshop(String slug, String day, int capacity, int perRegistration) {
        ProgrammeEvent event = TestEvents.workshop(slug, day, capacity, perRegistration);
        world.publish(event, clock.instant());
        return event;
    }

    /** Registers the person in JSON, then lets the table's stream deliver the new registration (its e-mail). */
    private Map<String, Object> register(String event, int person, Map<String, Object> changes) {
        APIGatewayV2HTTPResponse response = submissions.handleRequest(Registrants.json(event, person, changes), null);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        Map<String, Object> answer = Registrants.answer(response);
        if (Boolean.FALSE.equals(answer.get("existing"))) {
            stream.handleRequest(
                    EmulatedAws.insertEvent(
                            List.of(world.item("RegistrationsTable", (String) answer.get("reference")))),
                    null);
        }
        return answer;
    }

    private Registration stored(String reference) {
        return world.wiring("RegistrationConfirmationFunction", clock)
                .store()
                .find(reference)
                .orElseThrow();
    }

    private static URI cancelLink(SentMail mail) {
        Matcher link = CANCEL_LINK.matcher(mail.text());
        assertThat(link.find()).as("a cancellation link in:\n" + mail.text()).isTrue();
        return URI.create(link.group(1));
    }

    private static Map<String, String> query(URI link) {
        Map<String, String> query = new HashMap<>();
        for (String pair : link.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return query;
    }

    @Test
    void givenAPlainFormPost_whenRegistering_thenTheAnswerLeadsToAValidPageOfTheConfirmedRegistration() {
        ProgrammeEvent event = workshop("atelier-sans-script", "2027-04-20", 8, 3);
        String body = "firstName=Lucie&lastName=Sansscript&email=lucie%40exemple.fr&phone=06+12+34+56+78"
                + "&places=2&accessNeeds=Fauteuil+roulant&consent=yes&website=&startedAt=&idempotencyKey=";

        APIGatewayV2HTTPResponse answer = submissions.handleRequest(Registrants.form(event.slug(), body, 1), null);

        assertThat(answer.getStatusCode()).isEqualTo(303);
        String location = answer.getHeaders().get("Location");
        assertThat(location).startsWith(RegistrationPaths.CONFIRMATION + "?reference=");
        String reference = location.substring(location.indexOf('=') + 1);
        APIGatewayV2HTTPResponse page = confirmations.handleRequest(
                ApiEvents.get(RegistrationPaths.CONFIRMATION, Map.of("reference", reference)), null);
        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(page.getBody()).contains("Inscription confirmée", reference, event.title());
        assertThat(page.getBody())
                .as("no personal data on a page anyone with the link sees")
                .doesNotContain("Lucie", "Sansscript", "Fauteuil");
        ValidHtml.assertValid("confirmation page", page.getBody());
        Map<String, AttributeValue> item = world.item("RegistrationsTable", reference);
        assertThat(item.get("places").n()).isEqualTo("2");
        assertThat(item.get("contact").m().get("phone").s()).isEqualTo("+33612345678");
        assertThat(item).containsKeys("expiresAt", "emailHash", "cancelKey");
        assertThat(item.toString())
                .doesNotContain(new RegistrationKeys(
                                new fr.conciergeriesolidaire.functions.forms.KeyedHash(EmulatedAws.HASH_SECRET))
                        .cancelToken(reference));
    }

    @Test
    void givenSomeoneRegistered_whenTheyRegisterAgainWithTheSameAddress_thenTheyGetTheirRegistrationBack() {
        ProgrammeEvent event = workshop("atelier-deux-fois", "2027-04-21", 8, 3);
        Map<String, Object> first = register(event.slug(), 2, Map.of("places", 1));

        Map<String, Object> again = register(
                event.slug(),
                2,
                Map.of("places", 3, "email", Registrants.email(2).toUpperCase(java.util.Locale.ROOT)));

        assertThat(again)
                .containsEntry("reference", first.get("reference"))
                .containsEntry("existing", true)
                .containsEntry("places", 1);
        assertThat(world.items("RegistrationsTable"))
                .filteredOn(item -> item.get("event").s().equals(event.slug()))
                .hasSize(1);
        assertThat(world.mailsTo(Registrants.email(2))).hasSize(1);
    }

    @Test
    void givenAFullWorkshop_whenSomeoneCancelsByTheirLink_thenTheFirstWaitingIsConfirmedAndTold() {
        ProgrammeEvent event = workshop("atelier-annulation", "2027-04-22", 2, 1);
        register(event.slug(), 10, Map.of());
        String leaving = (String) register(event.slug(), 11, Map.of()).get("reference");
        Map<String, Object> waiting = register(event.slug(), 12, Map.of());
        register(event.slug(), 13, Map.of());
        assertThat(waiting).containsEntry("status", "waiting").containsEntry("position", 1);
        assertThat(availability(event.slug()))
                .containsEntry("placesLeft", 0)
                .containsEntry("full", true)
                .containsEntry("waiting", 2);
        long changes = world.programmeChanges();
        URI link = cancelLink(world.mailsTo(Registrants.email(11)).get(0));

        APIGatewayV2HTTPResponse page = cancellations.handleRequest(ApiEvents.get(link.getPath(), query(link)), null);
        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(page.getHeaders())
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("X-Robots-Tag", "noindex, nofollow");
        assertThat(page.getBody()).contains("Annuler mon inscription");
        ValidHtml.assertValid("cancellation page", page.getBody());
        APIGatewayV2HTTPResponse done = cancellations.handleRequest(cancelPost(link, query(link)), null);
        assertThat(done.getStatusCode()).isEqualTo(303);

        assertThat(stored(leaving).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(stored((String) waiting.get("reference")).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(world.mailsTo(Registrants.email(12)))
                .extracting(SentMail::subject)
                .containsExactly(
                        "Liste d'attente\u00a0: " + event.title(), "Une place s'est libérée\u00a0: " + event.title());
        assertThat(availability(event.slug())).containsEntry("placesLeft", 0).containsEntry("waiting", 1);
        assertThat(world.programmeChanges()).as("freed, then full again").isEqualTo(changes + 2);
        APIGatewayV2HTTPResponse after = cancellations.handleRequest(ApiEvents.get(link.getPath(), query(link)), null);
        assertThat(after.getBody()).contains("Votre inscription est annulée");
        ValidHtml.assertValid("cancelled page", after.getBody());
        assertThat(cancellations
                        .handleRequest(cancelPost(link, query(link)), null)
                        .getStatusCode())
                .as("cancelling twice is cancelling once")
                .isEqualTo(303);
        Map<String, String> forged = new HashMap<>(query(link));
        forged.put(RegistrationPaths.TOKEN, "A".repeat(43));
        APIGatewayV2HTTPResponse invalid = cancellations.handleRequest(ApiEvents.get(link.getPath(), forged), null);
        assertThat(invalid.getStatusCode()).isEqualTo(404);
        ValidHtml.assertValid("invalid link page", invalid.getBody());
    }

    @Test
    void givenTheDayBefore_whenTheRemindersRunTwice_thenEachConfirmedPersonIsRemindedOnce() {
        ProgrammeEvent event = workshop("atelier-rappel", "2027-04-03", 1, 1);
        register(event.slug(), 20, Map.of());
        register(event.slug(), 21, Map.of());
        assertThat(reminders.handleRequest(null, null)).isEqualTo("reminders=0");

        clock.advance(Duration.ofHours(24)); // 2027-04-02T09:00Z: 11:00 in Paris, the day before
        reminders.handleRequest(null, null);
        reminders.handleRequest(null, null);

        assertThat(world.mailsTo(Registrants.email(20)))
                .extracting(SentMail::subject)
                .containsExactly(
                        "Inscription confirmée\u00a0: " + event.title(), "Rappel\u00a0: " + event.title() + ", demain");
        assertThat(world.mailsTo(Registrants.email(21)))
                .as("the waiting list is not reminded")
                .hasSize(1);
        clock.advance(Duration.ofHours(-24));
    }

    @Test
    void givenTheTeamRaisesTheCapacity_whenTheEditIsFollowed_thenTheFirstWaitingWhoFitAreConfirmedAndTold() {
        ProgrammeEvent event = workshop("atelier-agrandi", "2027-04-23", 2, 2);
        register(event.slug(), 30, Map.of("places", 2));
        String two = (String) register(event.slug(), 31, Map.of("places", 2)).get("reference");
        String one = (String) register(event.slug(), 32, Map.of()).get("reference");

        world.edit(TestEvents.changed(event, Map.of(EventFields.CAPACITY, "4")), clock.instant());
        followUp.eventSaved(event.slug());

        assertThat(stored(two).status())
                .as("first in line, and their two places fit")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(stored(one).status()).as("no place left for them").isEqualTo(RegistrationStatus.WAITING);
        assertThat(world.mailsTo(Registrants.email(31)))
                .extracting(SentMail::subject)
                .containsExactly(
                        "Liste d'attente\u00a0: " + event.title(), "Une place s'est libérée\u00a0: " + event.title());
        assertThat(new PlacesTable(world.emulators().dynamoDb().client(), world.tableName("EventPlacesTable"))
                        .of(event.slug())
                        .taken())
                .isEqualTo(4);
    }

    @Test
    void givenTheTeamMovesThenCancelsTheEvent_whenFollowedTwice_thenEveryoneIsToldOfEachChangeOnce() {
        ProgrammeEvent event = workshop("atelier-change", "2027-04-24", 1, 1);
        String confirmed = (String) register(event.slug(), 40, Map.of()).get("reference");
        register(event.slug(), 41, Map.of());
        long expiryBefore = Long.parseLong(
                world.item("RegistrationsTable", confirmed).get("expiresAt").n());

        ProgrammeEvent moved = TestEvents.changed(
                event, Map.of(EventFields.START, "2027-04-25T10:00", EventFields.END, "2027-04-25T12:00"));
        world.edit(moved, clock.instant());
        followUp.eventSaved(event.slug());
        followUp.eventSaved(event.slug());
        world.edit(TestEvents.changed(moved, Map.of(EventFields.STATUS, "cancelled")), clock.instant());
        sweeper.handleRequest(null, null);
        sweeper.handleRequest(null, null);

        for (int person : List.of(40, 41)) {
            assertThat(world.mailsTo(Registrants.email(person)))
                    .extracting(SentMail::subject)
                    .containsSubsequence("Changement\u00a0: " + event.title(), "Annulé\u00a0: " + event.title())
                    .hasSize(3);
        }
        assertThat(world.mailsTo(Registrants.email(40)).get(1).text()).contains("dimanche 25 avril 2027");
        assertThat(Long.parseLong(world.item("RegistrationsTable", confirmed)
                        .get("expiresAt")
                        .n()))
                .as("the erasure follows the event's new end")
                .isEqualTo(expiryBefore + Duration.ofHours(20).toSeconds());
    }

    @Test
    void givenTheEventHasBegun_whenTheTeamMarksAttendance_thenEachMarkIsOneWriteOnTheVersionSeenAndCounted() {
        ProgrammeEvent event = workshop("atelier-presences", "2027-04-02", 5, 2);
        String first = (String) register(event.slug(), 50, Map.of("places", 2)).get("reference");
        register(event.slug(), 51, Map.of());
        APIGatewayV2HTTPResponse early = screens.handleRequest(
                TeamRequests.mark(
                        TeamRequests.TEAM, event.slug(), first, stored(first).version(), "yes"),
                null);
        assertThat(early.getStatusCode()).as("not before it begins").isEqualTo(409);

        clock.advance(Duration.ofHours(29)); // 2027-04-02T14:00Z: under way
        long version = stored(first).version();
        APIGatewayV2HTTPResponse marked =
                screens.handleRequest(TeamRequests.mark(TeamRequests.TEAM, event.slug(), first, version, "yes"), null);
        APIGatewayV2HTTPResponse stale =
                screens.handleRequest(TeamRequests.mark(TeamRequests.TEAM, event.slug(), first, version, "no"), null);
        clock.advance(Duration.ofHours(-29));

        assertThat(marked.getStatusCode()).isEqualTo(303);
        assertThat(marked.getHeaders().get("Location"))
                .isEqualTo(RegistrationScreens.eventPath(event.slug()) + "?fait=presence-notee#inscription-" + first);
        assertThat(stale.getStatusCode()).as("a phone showing an older version").isEqualTo(409);
        assertThat(stored(first).attended()).contains(true);
        Map<String, AttributeValue> figures = world.items("ParticipationTable").stream()
                .filter(item -> item.get("event").s().equals(event.slug()))
                .findFirst()
                .orElseThrow();
        assertThat(figures.get("month").s()).isEqualTo("2027-04");
        assertThat(figures.get("participants").n()).isEqualTo("2");
        assertThat(figures.get("registrations").n()).isEqualTo("2");
        assertThat(figures.toString()).doesNotContain(Registrants.email(50));
        APIGatewayV2HTTPResponse counter = screens.handleRequest(
                TeamRequests.get(
                        TeamRequests.member(Role.COUNTER, List.of("comptoir-tilleuls")),
                        RegistrationsScreenHandler.EVENT,
                        event.slug()),
                null);
        assertThat(counter.getStatusCode())
                .as("a concierge of another neighbourhood")
                .isEqualTo(403);
    }

    @Test
    void givenRegistrationsAndAWaitingList_whenTheTeamOpensItsScreens_thenEachIsAValidPrivatePage() {
        ProgrammeEvent event = workshop("atelier-ecrans", "2027-04-26", 1, 1);
        register(event.slug(), 60, Map.of("accessNeeds", "Fauteuil roulant", "phone", "06 11 22 33 44"));
        register(event.slug(), 61, Map.of());

        Map<String, String> pages = Map.of(
                "events", RegistrationsScreenHandler.EVENTS,
                "event", RegistrationsScreenHandler.EVENT,
                "sheet", RegistrationsScreenHandler.SHEET,
                "participation", RegistrationsScreenHandler.PARTICIPATION);
        pages.forEach((what, route) -> {
            APIGatewayV2HTTPResponse page = screens.handleRequest(
                    TeamRequests.get(TeamRequests.TEAM, route, route.contains("{event}") ? event.slug() : ""), null);
            assertThat(page.getStatusCode()).as(what).isEqualTo(200);
            assertThat(page.getHeaders()).as(what).containsEntry("X-Robots-Tag", "noindex, nofollow");
            ValidHtml.assertValid(what, page.getBody());
        });
        String eventPage = screens.handleRequest(
                        TeamRequests.get(TeamRequests.TEAM, RegistrationsScreenHandler.EVENT, event.slug()), null)
                .getBody();
        assertThat(eventPage).contains("Fauteuil roulant", "+33611223344", "Liste d&#39;attente (1)");
        APIGatewayV2HTTPResponse participation = screens.handleRequest(
                TeamRequests.get(
                        TeamRequests.member(Role.COUNTER, List.of("comptoir-canal")),
                        RegistrationsScreenHandler.PARTICIPATION,
                        ""),
                null);
        assertThat(participation.getStatusCode())
                .as("the figures are the team's")
                .isEqualTo(403);
    }

    private Map<String, Object> availability(String event) {
        APIGatewayV2HTTPEvent request = ApiEvents.get("/api/events/" + event + "/availability", Map.of());
        request.setPathParameters(Map.of("event", event));
        APIGatewayV2HTTPResponse response = availability.handleRequest(request, null);
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Cache-Control", "public, max-age=5");
        return Registrants.answer(response);
    }

    private static APIGatewayV2HTTPEvent cancelPost(URI link, Map<String, String> query) {
        String body = RegistrationPaths.REFERENCE + "=" + query.get(RegistrationPaths.REFERENCE) + "&"
                + RegistrationPaths.TOKEN + "=" + query.get(RegistrationPaths.TOKEN);
        APIGatewayV2HTTPEvent request =
                ApiEvents.post(link.getPath(), "application/x-www-form-urlencoded", body, "203.0.113.30");
        request.setHeaders(Map.of(
                "content-type", "application/x-www-form-urlencoded",
                "host", "site.exemple.fr",
                "origin", "http://site.exemple.fr"));
        return request;
    }
}
