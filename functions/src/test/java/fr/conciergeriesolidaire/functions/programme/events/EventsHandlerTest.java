package fr.conciergeriesolidaire.functions.programme.events;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.location;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static fr.conciergeriesolidaire.functions.programme.events.InMemoryEvents.form;
import static fr.conciergeriesolidaire.functions.programme.events.InMemoryEvents.get;
import static fr.conciergeriesolidaire.functions.programme.events.InMemoryEvents.post;
import static fr.conciergeriesolidaire.functions.programme.events.InMemoryEvents.slug;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.programme.proposals.InMemoryProposals;
import fr.conciergeriesolidaire.functions.programme.proposals.ProposalStatus;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import fr.conciergeriesolidaire.programme.event.Disability;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The programme in the team's hands, through the handler: a new event (blank, copied, from a resident's idea) under a
 * slug of its own, changed, postponed, cancelled; each change one write on the version seen, the calendar's revision
 * moved when people must hear of it, the site asked to publish, the trail written. Every page Nu-valid.
 */
class EventsHandlerTest {
    private static final String CREATED = "2026-11-12-atelier-velo-canal";

    private final InMemoryEvents programme = new InMemoryEvents();
    private final EventsHandler handler = programme.handler();
    private final SignedInMember team = InMemoryProposals.member(Role.TEAM);

    @Test
    void givenAFullForm_whenAMemberCreatesTheEvent_thenItIsStoredUnderItsDayTitleAndNeighbourhoodAndPublished() {
        APIGatewayV2HTTPResponse newForm = assertPrivate(handle(get(EventsHandler.NEW, Map.of(), Map.of(), team)));
        assertThat(newForm.getStatusCode()).isEqualTo(200);
        ValidHtml.assertValid("new event", newForm.getBody());

        APIGatewayV2HTTPResponse created =
                assertPrivate(handle(post(EventsHandler.CREATE, Map.of(), form("canal", "12"), team)));

        assertThat(location(created)).isEqualTo("/api/backoffice/animations/" + CREATED + "?fait=animation-creee");
        StoredEvent stored = programme.stored().get(CREATED);
        ProgrammeEvent event = stored.event();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(event.start()).isEqualTo(ZonedDateTime.parse("2026-11-12T14:00+01:00[Europe/Paris]"));
        assertThat(event.description()).isEqualTo("Venez avec votre vélo.\n\nLes outils sont prêtés.");
        assertThat(event.customPlace().name()).isEqualTo("Devant le comptoir");
        assertThat(event.customPlace().address()).as("at the counter's address").isNull();
        assertThat(event.partner()).isEqualTo("velo-atelier");
        assertThat(event.registration()).isEqualTo("Au comptoir");
        assertThat(event.capacity()).isEqualTo(12);
        assertThat(event.placesPerRegistration()).isEqualTo(2);
        assertThat(event.access())
                .containsExactlyInAnyOrderEntriesOf(Map.of(Disability.MOTOR, true, Disability.HEARING, false));
        assertThat(event.sequence()).isZero();
        assertThat(programme.publication.asked()).hasSize(1);
        assertThat(programme.audit.latest("event:" + CREATED, 5))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("audit.event.created");
                    assertThat(entry.memberName()).isEqualTo(team.name());
                });
        APIGatewayV2HTTPResponse shown =
                handle(get(EventsHandler.SHOW, slug(CREATED), Map.of("fait", "animation-creee"), team));
        assertThat(main(shown)).contains("L'animation est créée.", "/agenda/" + CREATED + "/", "a créé l'animation");
        ValidHtml.assertValid("an event", shown.getBody());
    }

    @Test
    void givenTheSameFormSentTwice_thenOneEventAndTheSecondAnswerSaysItWasThere() {
        handle(post(EventsHandler.CREATE, Map.of(), form("canal", "12"), team));

        APIGatewayV2HTTPResponse again = handle(post(EventsHandler.CREATE, Map.of(), form("canal", "12"), team));

        assertThat(location(again)).endsWith(CREATED + "?fait=animation-identique");
        assertThat(programme.stored()).hasSize(1);
        assertThat(programme.publication.asked()).hasSize(1);
    }

    @Test
    void givenAnotherEventOfTheSameTitleDayAndNeighbourhood_thenItGetsASlugOfItsOwn() {
        handle(post(EventsHandler.CREATE, Map.of(), form("canal", "12"), team));
        Map<String, String> evening = new HashMap<>(form("canal", "12"));
        evening.put(EventFields.START, "2026-11-12T18:00");
        evening.put(EventFields.END, "2026-11-12T20:00");

        APIGatewayV2HTTPResponse created = handle(post(EventsHandler.CREATE, Map.of(), evening, team));

        assertThat(location(created)).contains(CREATED + "-2?");
        assertThat(programme.stored()).containsKeys(CREATED, CREATED + "-2");
    }

    @Test
    void givenAnEvent_whenItsTextChanges_thenTheRevisionStaysAndWhenItsDateChangesTheRevisionMoves() {
        handle(post(EventsHandler.CREATE, Map.of(), form("canal", "12"), team));
        Map<String, String> retitled = withVersion(form("canal", "12"), 1);
        retitled.put(EventFields.TITLE, "Atelier vélo des enfants");
        retitled.put(EventFields.STATUS, "scheduled");

        APIGatewayV2HTTPResponse changed = handle(post(EventsHandler.CHANGE, slug(CREATED), retitled, team));

        assertThat(location(changed)).endsWith(CREATED + "?fait=animation-modifiee");
        assertThat(programme.stored().get(CREATED).event().title()).isEqualTo("Atelier vélo des enfants");
        assertThat(programme.stored().get(CREATED).event().sequence()).isZero();
        assertThat(programme.stored().get(CREATED).event().slug())
                .as("never changes")
                .isEqualTo(CREATED);

        Map<String, String> later = withVersion(retitled, 2);
        later.put(EventFields.START, "2026-11-12T15:00");
        handle(post(EventsHandler.CHANGE, slug(CREATED), later, team));

        assertThat(programme.stored().get(CREATED).event().sequence()).isEqualTo(1);
        assertThat(programme.stored().get(CREATED).version()).isEqualTo(3);
        assertThat(programme.publication.asked()).hasSize(3);
    }

    @Test
    void givenAnEvent_whenPostponedToANewDateAndAgain_thenItIsRescheduledRecallingItsFirstDate() {
        createdAndShownOn(EventsHandler.POSTPONEMENT);

        APIGatewayV2HTTPResponse postponed = handle(post(
                EventsHandler.POSTPONE,
                slug(CREATED),
                withVersion(
                        Map.of(
                                EventFields.START, "2026-11-19T14:00",
                                EventFields.END, "2026-11-19T17:00",
                                EventFields.STATUS_NOTE, "La salle est prise le 12."),
                        1),
                team));
        handle(post(
                EventsHandler.POSTPONE,
                slug(CREATED),
                withVersion(Map.of(EventFields.START, "2026-11-26T14:00", EventFields.END, "2026-11-26T17:00"), 2),
                team));

        assertThat(location(postponed)).endsWith("?fait=animation-reportee");
        ProgrammeEvent event = programme.stored().get(CREATED).event();
        assertThat(event.status()).isEqualTo(EventStatus.RESCHEDULED);
        assertThat(event.start().toLocalDateTime()).hasToString("2026-11-26T14:00");
        assertThat(event.previousStart().toLocalDateTime()).hasToString("2026-11-12T14:00");
        assertThat(event.statusNote())
                .as("the second postponement said nothing")
                .isNull();
        assertThat(event.sequence()).isEqualTo(2);
        assertThat(event.description()).isEqualTo("Venez avec votre vélo.\n\nLes outils sont prêtés.");
    }

    @Test
    void givenAnEvent_whenPostponedWithoutADate_thenItIsPostponedOnItsDate() {
        handle(post(EventsHandler.CREATE, Map.of(), form("canal", "12"), team));

        handle(post(
                EventsHandler.POSTPONE,
                slug(CREATED),
                withVersion(Map.of(EventFields.STATUS_NOTE, "Nouvelle date bientôt."), 1),
                team));

        ProgrammeEvent event = programme.stored().get(CREATED).event();
        assertThat(event.status()).isEqualTo(EventStatus.POSTPONED);
        assertThat(event.start().toLocalDateTime()).hasToString("2026-11-12T14:00");
        assertThat(event.previousStart()).isNull();
        assertThat(event.statusNote()).isEqualTo("Nouvelle date bientôt.");
        assertThat(event.sequence()).isEqualTo(1);
    }

    @Test
    void givenAnEvent_whenCancelledWithItsMessage_thenItIsCancelledAndTheMessageKeptForThePublicPage() {
        createdAndShownOn(EventsHandler.CANCELLATION);

        APIGatewayV2HTTPResponse cancelled = handle(post(
                EventsHandler.CANCEL,
                slug(CREATED),
                withVersion(Map.of(EventFields.STATUS_NOTE, "Annulé à cause de la tempête."), 1),
                team));

        assertThat(location(cancelled)).endsWith("?fait=animation-annulee");
        ProgrammeEvent event = programme.stored().get(CREATED).event();
        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(event.statusNote()).isEqualTo("Annulé à cause de la tempête.");
        assertThat(event.sequence()).isEqualTo(1);
        Document edit = page(handle(get(EventsHandler.SHOW, slug(CREATED), Map.of(), team)));
        assertThat(edit.select("a[href$=/annulation]"))
                .as("no cancelling twice")
                .isEmpty();
        assertThat(edit.select("input[name=eventStatus]"))
                .extracting(input -> input.attr("value"))
                .containsExactly("scheduled", "full", "cancelled");
    }

    @Test
    void givenAnEvent_whenCopied_thenTheNewFormIsFilledAsItButItsStatusAndANewSlugComesWhenSaved() {
        handle(post(EventsHandler.CREATE, Map.of(), form("canal", "12"), team));
        handle(post(
                EventsHandler.CANCEL, slug(CREATED), withVersion(Map.of(EventFields.STATUS_NOTE, "Annulé."), 1), team));

        APIGatewayV2HTTPResponse copy = handle(get(EventsHandler.COPY, slug(CREATED), Map.of(), team));

        Document form = page(copy);
        assertThat(form.select("#title").attr("value")).isEqualTo("Atelier vélo");
        assertThat(form.select("#body").text()).startsWith("Venez avec votre vélo.");
        assertThat(form.select("input[name=eventStatus]")).isEmpty();
        assertThat(form.select("#statusNote")).isEmpty();
        ValidHtml.assertValid("a copy", copy.getBody());
        Map<String, String> nextWeek = new HashMap<>(form("canal", "19"));
        APIGatewayV2HTTPResponse created = handle(post(EventsHandler.CREATE, Map.of(), nextWeek, team));
        assertThat(location(created)).contains("2026-11-19-atelier-velo-canal?");
        assertThat(programme
                        .stored()
                        .get("2026-11-19-atelier-velo-canal")
                        .event()
                        .status())
                .isEqualTo(EventStatus.SCHEDULED);
    }

    @Test
    void givenAResidentsIdea_whenTheTeamMakesAnEventOfIt_thenTheFormStartsFromItAndTheIdeaIsLinkedOnceSaved() {
        String idea = programme.proposals.propose("canal", "Une fête de la soupe en décembre.", Optional.empty());

        APIGatewayV2HTTPResponse newForm =
                handle(get(EventsHandler.NEW, Map.of(), Map.of(EventsHandler.PROPOSAL_PARAMETER, idea), team));

        Document page = page(newForm);
        assertThat(page.select("#body").text()).isEqualTo("Une fête de la soupe en décembre.");
        assertThat(page.select("input[name=proposal]").attr("value")).isEqualTo(idea);
        assertThat(page.select("input[name=neighbourhood][checked]").attr("value"))
                .isEqualTo("canal");
        ValidHtml.assertValid("new event from an idea", newForm.getBody());
        Map<String, String> fields = new HashMap<>(form("canal", "12"));
        fields.put("proposal", idea);

        handle(post(EventsHandler.CREATE, Map.of(), fields, team));

        assertThat(programme.proposals.stored().get(idea).status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(programme.proposals.stored().get(idea).eventSlug()).contains(CREATED);
    }

    @Test
    void givenThePublicationOutOfReach_thenTheChangeIsStoredAndTheMemberIsToldTheSiteFollowsLater() {
        programme.publication.refuse(true);

        APIGatewayV2HTTPResponse created = handle(post(EventsHandler.CREATE, Map.of(), form("canal", "12"), team));

        assertThat(location(created)).endsWith("?fait=animation-enregistree-plus-tard");
        assertThat(programme.stored()).containsKey(CREATED);
    }

    @Test
    void givenEventsToComeAndPast_thenTheListShowsEachNeighbourhoodsUpcomingFirstThenTheRecentPast() {
        handle(post(EventsHandler.CREATE, Map.of(), form("canal", "19"), team));
        handle(post(EventsHandler.CREATE, Map.of(), form("canal", "12"), team));
        handle(post(EventsHandler.CREATE, Map.of(), form("tilleuls", "13"), team));
        programme.clock.advance(Duration.ofDays(40)); // 14 November: the 12th is past, the 19th to come

        APIGatewayV2HTTPResponse list = assertPrivate(handle(get(EventsHandler.LIST, Map.of(), Map.of(), team)));

        Document page = page(list);
        assertThat(page.select("main h2")).extracting(h2 -> h2.text()).containsExactly("Les Tilleuls", "Le Canal");
        assertThat(page.select("main h2:contains(Le Canal) ~ h3"))
                .extracting(h3 -> h3.text())
                .contains("À venir", "Passées ces 60 derniers jours");
        assertThat(page.select("main a[href^=/api/backoffice/animations/20]"))
                .extracting(link -> link.attr("href"))
                .containsExactly(
                        "/api/backoffice/animations/2026-11-13-atelier-velo-tilleuls",
                        "/api/backoffice/animations/2026-11-19-atelier-velo-canal",
                        "/api/backoffice/animations/2026-11-12-atelier-velo-canal");
        assertThat(page.select("nav.bo-nav a[aria-current=page]").text()).isEqualTo("Programme des quartiers");
        ValidHtml.assertValid("programme", list.getBody());
    }

    @Test
    void givenTheHourLivedTwiceInOctober_thenTheEventStartsInSummerTimeAndItsFormShowsTheHourTyped() {
        Map<String, String> night = new HashMap<>(form("canal", "12"));
        night.put(EventFields.START, "2026-10-25T02:30");
        night.put(EventFields.END, "2026-10-25T03:30");

        handle(post(EventsHandler.CREATE, Map.of(), night, team));

        ProgrammeEvent event =
                programme.stored().get("2026-10-25-atelier-velo-canal").event();
        assertThat(event.start().getOffset()).hasToString("+02:00");
        assertThat(Duration.between(event.start(), event.end())).hasHours(2);
        Document edit = page(handle(get(EventsHandler.SHOW, slug(event.slug()), Map.of(), team)));
        assertThat(edit.select("#start").attr("value")).isEqualTo("2026-10-25T02:30");
    }

    /** The event {@value #CREATED} created, and its page of that route Nu-valid. */
    private void createdAndShownOn(String route) {
        handle(post(EventsHandler.CREATE, Map.of(), form("canal", "12"), team));
        ValidHtml.assertValid(
                route, handle(get(route, slug(CREATED), Map.of(), team)).getBody());
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    static Map<String, String> withVersion(Map<String, String> fields, long version) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("version", Long.toString(version));
        return all;
    }
}
