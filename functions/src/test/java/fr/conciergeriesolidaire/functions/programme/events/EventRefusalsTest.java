package fr.conciergeriesolidaire.functions.programme.events;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static fr.conciergeriesolidaire.functions.programme.events.EventsHandlerTest.withVersion;
import static fr.conciergeriesolidaire.functions.programme.events.InMemoryEvents.form;
import static fr.conciergeriesolidaire.functions.programme.events.InMemoryEvents.get;
import static fr.conciergeriesolidaire.functions.programme.events.InMemoryEvents.post;
import static fr.conciergeriesolidaire.functions.programme.events.InMemoryEvents.sent;
import static fr.conciergeriesolidaire.functions.programme.events.InMemoryEvents.slug;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.programme.proposals.InMemoryProposals;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of the programme's screens, with its status and nothing changed: a concierge on another
 * neighbourhood's event, a form from elsewhere, no member, an unknown event, a stale version, and each wrong field
 * of the form (400, the error tied to its field in French, what was typed kept).
 */
class EventRefusalsTest {
    private static final String TILLEULS_EVENT = "2026-11-13-atelier-velo-tilleuls";

    private final InMemoryEvents programme = new InMemoryEvents();
    private final EventsHandler handler = programme.handler();
    private final SignedInMember team = InMemoryProposals.member(Role.TEAM);
    private final SignedInMember canalConcierge = InMemoryProposals.member(Role.COUNTER, "comptoir-canal");
    private final StoredEvent tilleuls = programme.add(
            TILLEULS_EVENT,
            Map.of(
                    EventFields.TITLE, "Atelier vélo",
                    EventFields.SUMMARY, "Réparer son vélo.",
                    EventFields.NEIGHBOURHOOD, "tilleuls",
                    EventFields.START, "2026-11-13T14:00",
                    EventFields.END, "2026-11-13T17:00",
                    EventFields.CAPACITY, "12",
                    EventFields.REGISTRATION, "Au comptoir"));

    @Test
    void givenAConcierge_thenEveryScreenAndChangeOfAnotherNeighbourhoodsEventIsRefusedAndNothingChanges() {
        Map<String, StoredEvent> before = programme.stored();
        String proposal = programme.proposals.propose("tilleuls", "Une fête.", Optional.empty());

        for (APIGatewayV2HTTPEvent event : List.of(
                get(EventsHandler.SHOW, slug(TILLEULS_EVENT), Map.of(), canalConcierge),
                get(EventsHandler.POSTPONEMENT, slug(TILLEULS_EVENT), Map.of(), canalConcierge),
                get(EventsHandler.CANCELLATION, slug(TILLEULS_EVENT), Map.of(), canalConcierge),
                get(EventsHandler.COPY, slug(TILLEULS_EVENT), Map.of(), canalConcierge),
                get(EventsHandler.LIST, Map.of(), Map.of("quartier", "tilleuls"), canalConcierge),
                get(EventsHandler.NEW, Map.of(), Map.of("proposition", proposal), canalConcierge),
                post(EventsHandler.CREATE, Map.of(), form("tilleuls", "20"), canalConcierge),
                post(
                        EventsHandler.CHANGE,
                        slug(TILLEULS_EVENT),
                        withVersion(form("tilleuls", "13"), 1),
                        canalConcierge),
                post(EventsHandler.CHANGE, slug(TILLEULS_EVENT), withVersion(form("canal", "13"), 1), canalConcierge),
                post(EventsHandler.POSTPONE, slug(TILLEULS_EVENT), withVersion(Map.of(), 1), canalConcierge),
                post(
                        EventsHandler.CANCEL,
                        slug(TILLEULS_EVENT),
                        withVersion(Map.of(EventFields.STATUS_NOTE, "Non."), 1),
                        canalConcierge))) {
            APIGatewayV2HTTPResponse refused = assertPrivate(handler.handleRequest(event, null));
            assertThat(refused.getStatusCode()).as(event.getRouteKey()).isEqualTo(403);
            assertThat(main(refused)).contains("Votre rôle ne permet pas");
        }
        assertThat(programme.stored()).isEqualTo(before);
        assertThat(programme.publication.asked()).isEmpty();
    }

    @Test
    void givenAConciergeOfTheirOwnNeighbourhood_thenTheyCreateThereAndCannotMoveAnEventToAnotherOne() {
        APIGatewayV2HTTPResponse created =
                handler.handleRequest(post(EventsHandler.CREATE, Map.of(), form("canal", "20"), canalConcierge), null);
        assertThat(created.getStatusCode()).isEqualTo(303);

        APIGatewayV2HTTPResponse moved = handler.handleRequest(
                post(
                        EventsHandler.CHANGE,
                        slug("2026-11-20-atelier-velo-canal"),
                        withVersion(form("tilleuls", "20"), 1),
                        canalConcierge),
                null);

        assertThat(moved.getStatusCode()).isEqualTo(403);
        assertThat(programme
                        .stored()
                        .get("2026-11-20-atelier-velo-canal")
                        .event()
                        .neighbourhood())
                .isEqualTo("canal");
    }

    @Test
    void givenAConciergeOfACompanySiteOnly_thenTheyServeNoNeighbourhoodAndTheScreenSaysWhy() {
        SignedInMember companyConcierge = InMemoryProposals.member(Role.COUNTER, "site-entreprise-bailleur");

        APIGatewayV2HTTPResponse list =
                handler.handleRequest(get(EventsHandler.LIST, Map.of(), Map.of(), companyConcierge), null);

        assertThat(list.getStatusCode()).isEqualTo(200);
        assertThat(main(list)).contains("Vos comptoirs ne sont rattachés à aucun quartier");
        assertThat(handler.handleRequest(
                                post(EventsHandler.CREATE, Map.of(), form("canal", "20"), companyConcierge), null)
                        .getStatusCode())
                .isEqualTo(403);
        ValidHtml.assertValid("programme of no neighbourhood", list.getBody());
    }

    @Test
    void givenAFormWithoutTheSessionsTokenOrFromAnotherSite_thenA403AndNothingStored() {
        Map<String, String> withoutToken = form("tilleuls", "20");
        APIGatewayV2HTTPResponse noToken = handler.handleRequest(
                BackOfficeEvents.signedIn(BackOfficeEvents.post(EventsHandler.CREATE, Map.of(), withoutToken), team),
                null);
        Map<String, String> wrongToken = new HashMap<>(withoutToken);
        wrongToken.put("csrf", "x".repeat(43));
        APIGatewayV2HTTPResponse forged = handler.handleRequest(
                BackOfficeEvents.signedIn(BackOfficeEvents.post(EventsHandler.CREATE, Map.of(), wrongToken), team),
                null);
        APIGatewayV2HTTPResponse otherOrigin = handler.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.post(
                                EventsHandler.CREATE, Map.of(), sent(withoutToken, team), "https://evil.example"),
                        team),
                null);
        APIGatewayV2HTTPResponse noOrigin = handler.handleRequest(
                BackOfficeEvents.signedIn(
                        BackOfficeEvents.post(
                                EventsHandler.CANCEL, slug(TILLEULS_EVENT), sent(Map.of("version", "1"), team), null),
                        team),
                null);

        assertThat(List.of(noToken, forged, otherOrigin, noOrigin))
                .extracting(APIGatewayV2HTTPResponse::getStatusCode)
                .containsOnly(403);
        assertThat(programme.stored()).containsOnlyKeys(TILLEULS_EVENT);
    }

    @Test
    void givenNoMemberAnUnknownOrAMalformedEvent_thenTheRightRefusal() {
        assertThat(handler.handleRequest(BackOfficeEvents.get(EventsHandler.LIST), null)
                        .getStatusCode())
                .isEqualTo(401);
        assertThat(handler.handleRequest(get(EventsHandler.SHOW, slug("nulle-part"), Map.of(), team), null)
                        .getStatusCode())
                .isEqualTo(404);
        APIGatewayV2HTTPResponse malformed =
                handler.handleRequest(get(EventsHandler.SHOW, slug("../membres"), Map.of(), team), null);
        assertThat(malformed.getStatusCode()).isEqualTo(404);
        assertThat(handler.handleRequest(
                                get(EventsHandler.NEW, Map.of(), Map.of("proposition", "ZZZZ-ZZZZ"), team), null)
                        .getStatusCode())
                .isEqualTo(404);
        ValidHtml.assertValid("unknown event", malformed.getBody());
    }

    @Test
    void givenTwoMembersEditingFromTheSameVersion_thenTheSecondGetsA409WithTheEventAsItIsNow() {
        Map<String, String> first = withVersion(form("tilleuls", "13"), 1);
        first.put(EventFields.TITLE, "Atelier vélo, premier");
        Map<String, String> second = withVersion(form("tilleuls", "13"), 1);
        second.put(EventFields.TITLE, "Atelier vélo, second");
        handler.handleRequest(post(EventsHandler.CHANGE, slug(TILLEULS_EVENT), first, team), null);

        APIGatewayV2HTTPResponse conflict = assertPrivate(
                handler.handleRequest(post(EventsHandler.CHANGE, slug(TILLEULS_EVENT), second, team), null));

        assertThat(conflict.getStatusCode()).isEqualTo(409);
        assertThat(main(conflict)).contains("Quelqu'un d'autre a modifié cette animation");
        assertThat(page(conflict).select("#title").attr("value")).isEqualTo("Atelier vélo, premier");
        assertThat(page(conflict).select("input[name=version]").attr("value")).isEqualTo("2");
        assertThat(programme.stored().get(TILLEULS_EVENT).event().title()).isEqualTo("Atelier vélo, premier");
        ValidHtml.assertValid("conflict", conflict.getBody());
        APIGatewayV2HTTPResponse cancelConflict = cancel("Non.", 1);
        assertThat(cancelConflict.getStatusCode()).isEqualTo(409);
        ValidHtml.assertValid("cancellation conflict", cancelConflict.getBody());
    }

    @Test
    void givenRegistrationsHoldingPlaces_thenTheCapacityCannotGoBelowThem() {
        programme.taken.put(TILLEULS_EVENT, 9);
        Map<String, String> fewer = withVersion(form("tilleuls", "13"), 1);
        fewer.put(EventFields.CAPACITY, "8");

        APIGatewayV2HTTPResponse refused =
                handler.handleRequest(post(EventsHandler.CHANGE, slug(TILLEULS_EVENT), fewer, team), null);

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(page(refused).select("#capacity-erreur").text()).contains("9 places");
        assertThat(programme.stored().get(TILLEULS_EVENT).event().capacity()).isEqualTo(12);
        fewer.put(EventFields.CAPACITY, "9");
        assertThat(handler.handleRequest(post(EventsHandler.CHANGE, slug(TILLEULS_EVENT), fewer, team), null)
                        .getStatusCode())
                .isEqualTo(303);
    }

    private APIGatewayV2HTTPResponse cancel(String message, long version) {
        return handler.handleRequest(
                post(
                        EventsHandler.CANCEL,
                        slug(TILLEULS_EVENT),
                        withVersion(Map.of(EventFields.STATUS_NOTE, message), version),
                        team),
                null);
    }

    static Stream<Arguments> wrongFields() {
        return Stream.of(
                Arguments.of(EventFields.TITLE, EventFields.TITLE, ""),
                Arguments.of(EventFields.TITLE, EventFields.TITLE, "Atelier ".repeat(20)),
                Arguments.of(EventFields.TITLE, EventFields.TITLE, "Atelier\u202e vélo"),
                Arguments.of(EventFields.SUMMARY, EventFields.SUMMARY, ""),
                Arguments.of(EventFields.SUMMARY, EventFields.SUMMARY, "Une ligne\net une autre"),
                Arguments.of(EventFields.BODY, EventFields.BODY, "Venez <b>nombreux</b>"),
                Arguments.of(EventFields.BODY, EventFields.BODY, ""),
                Arguments.of(EventFields.NEIGHBOURHOOD, EventFields.NEIGHBOURHOOD, "nulle-part"),
                Arguments.of(EventFields.START, EventFields.START, "demain"),
                Arguments.of(EventFields.START, EventFields.START, "2027-03-28T02:30"),
                Arguments.of(EventFields.END, EventFields.END, "2026-11-20T13:00"),
                Arguments.of(EventFields.PARTNER, EventFields.PARTNER, "inconnu"),
                Arguments.of(EventFields.PLACE_ADDRESS, "place=address", "quelque part"),
                Arguments.of(EventFields.PLACE_NAME, "place=address without a name", "2 rue des Fusillés, 51100 Reims"),
                Arguments.of(EventFields.REGISTRATION, "registration needed, not said how", ""),
                Arguments.of(EventFields.PLACES_PER_REGISTRATION, "places per registration without one", "2"),
                Arguments.of(EventFields.CAPACITY, EventFields.CAPACITY, "0"),
                Arguments.of(EventFields.PLACES_PER_REGISTRATION, EventFields.PLACES_PER_REGISTRATION, "13"),
                Arguments.of("accessMotor", "accessMotor", "peut-être"));
    }

    @ParameterizedTest(name = "{1} = {2}")
    @MethodSource("wrongFields")
    void givenOneWrongField_thenA400TiedToItInFrenchWhatWasTypedStaysAndNothingIsStored(
            String field, String what, String value) {
        Map<String, String> fields = new HashMap<>(form("canal", "20"));
        switch (what) {
            case "place=address" -> {
                fields.put("place", "address");
                fields.put(EventFields.PLACE_ADDRESS, value);
            }
            case "place=address without a name" -> {
                fields.put("place", "address");
                fields.put(EventFields.PLACE_NAME, "");
                fields.put(EventFields.PLACE_ADDRESS, value);
            }
            case "registration needed, not said how" -> {
                fields.put(EventFields.REGISTRATION, value);
                fields.remove(EventFields.PLACES_PER_REGISTRATION);
            }
            case "places per registration without one" -> {
                fields.put("registrationNeeded", "no");
                fields.put(EventFields.PLACES_PER_REGISTRATION, value);
            }
            default -> fields.put(field, value);
        }

        APIGatewayV2HTTPResponse refused =
                assertPrivate(handler.handleRequest(post(EventsHandler.CREATE, Map.of(), fields, team), null));

        assertThat(refused.getStatusCode()).isEqualTo(400);
        Document page = page(refused);
        assertThat(page.select(".error-summary a"))
                .extracting(link -> link.attr("href"))
                .containsExactly("#" + field);
        assertThat(page.select("#" + field + "-erreur").text()).isNotBlank().doesNotContain("{", "null", "=");
        assertThat(page.select("#" + EventFields.TITLE).attr("value").strip())
                .as("what was typed stays")
                .isEqualTo(fields.get(EventFields.TITLE).strip());
        assertThat(programme.stored()).containsOnlyKeys(TILLEULS_EVENT);
        assertThat(programme.publication.asked()).isEmpty();
        ValidHtml.assertValid("new event with " + what, refused.getBody());
    }

    @Test
    void givenAPostponementWithHalfADateOrTheSameDate_thenA400OnTheDateToFix() {
        APIGatewayV2HTTPResponse half = handler.handleRequest(
                post(
                        EventsHandler.POSTPONE,
                        slug(TILLEULS_EVENT),
                        withVersion(Map.of(EventFields.START, "2026-11-20T14:00"), 1),
                        team),
                null);
        APIGatewayV2HTTPResponse same = handler.handleRequest(
                post(
                        EventsHandler.POSTPONE,
                        slug(TILLEULS_EVENT),
                        withVersion(
                                Map.of(EventFields.START, "2026-11-13T14:00", EventFields.END, "2026-11-13T18:00"), 1),
                        team),
                null);

        assertThat(half.getStatusCode()).isEqualTo(400);
        assertThat(page(half).select(".error-summary a").attr("href")).isEqualTo("#end");
        assertThat(page(half).select("#start").attr("value")).isEqualTo("2026-11-20T14:00");
        assertThat(same.getStatusCode()).isEqualTo(400);
        assertThat(page(same).select(".error-summary a").attr("href")).isEqualTo("#start");
        assertThat(programme.stored().get(TILLEULS_EVENT).version()).isEqualTo(1);
        ValidHtml.assertValid("postponement with errors", half.getBody());
    }

    @Test
    void givenACancellationWithoutItsMessageOrOfACancelledEvent_thenRefused() {
        APIGatewayV2HTTPResponse silent = handler.handleRequest(
                post(EventsHandler.CANCEL, slug(TILLEULS_EVENT), withVersion(Map.of(), 1), team), null);
        assertThat(silent.getStatusCode()).isEqualTo(400);
        assertThat(page(silent).select(".error-summary a").attr("href")).isEqualTo("#statusNote");
        ValidHtml.assertValid("cancellation with errors", silent.getBody());

        cancel("Tempête.", 1);
        APIGatewayV2HTTPResponse twice = cancel("Encore.", 2);
        assertThat(twice.getStatusCode()).isEqualTo(409);
        assertThat(programme.stored().get(TILLEULS_EVENT).event().statusNote()).isEqualTo("Tempête.");
    }

    @Test
    void givenAStatusTheEditFormDoesNotOfferOrNoVersion_thenA400() {
        Map<String, String> cancelling = withVersion(form("tilleuls", "13"), 1);
        cancelling.put(EventFields.STATUS, "cancelled");
        Map<String, String> unversioned = new HashMap<>(form("tilleuls", "13"));

        APIGatewayV2HTTPResponse notOffered =
                handler.handleRequest(post(EventsHandler.CHANGE, slug(TILLEULS_EVENT), cancelling, team), null);
        APIGatewayV2HTTPResponse noVersion =
                handler.handleRequest(post(EventsHandler.CHANGE, slug(TILLEULS_EVENT), unversioned, team), null);

        assertThat(notOffered.getStatusCode()).isEqualTo(400);
        assertThat(page(notOffered).select(".error-summary a").attr("href")).isEqualTo("#eventStatus");
        assertThat(noVersion.getStatusCode()).isEqualTo(400);
        assertThat(programme.stored().get(TILLEULS_EVENT).version()).isEqualTo(1);
    }
}
