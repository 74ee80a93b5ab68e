package fr.conciergeriesolidaire.functions.programme.proposals;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.location;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.outbox.DeliveryState;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The residents' ideas in the back-office: the list of the neighbourhoods a member serves, an idea's page, the team's
 * answer e-mailed once through the outbox when the resident gave an address; and every refusal with its status and
 * nothing changed (another neighbourhood's idea for a concierge, a form from elsewhere, a stale version, nothing to
 * record, an unknown reference). Every page is Nu-valid.
 */
class ProposalsHandlerTest {
    private final InMemoryProposals proposals = new InMemoryProposals();
    private final ProposalsHandler handler = proposals.handler();
    private final SignedInMember team = InMemoryProposals.member(Role.TEAM);
    private final SignedInMember canalConcierge = InMemoryProposals.member(Role.COUNTER, "comptoir-canal");
    private final String canal = proposals.propose(
            "canal",
            "Un atelier vélo pour les enfants.\nAvec des pièces de récupération.",
            Optional.of("helene@exemple.fr"));
    private final String tilleuls = proposals.propose("tilleuls", "Une fête des voisins.", Optional.empty());

    @Test
    void givenTheTeam_thenTheListShowsEachNeighbourhoodsIdeasNewestFirst() {
        proposals.clock.advance(Duration.ofHours(1));
        String later = proposals.propose("canal", "Un troc de livres.", Optional.empty());

        APIGatewayV2HTTPResponse list = assertPrivate(handle(BackOfficeEvents.get(ProposalsHandler.LIST), team));

        assertThat(list.getStatusCode()).isEqualTo(200);
        Document page = page(list);
        assertThat(page.select("main h2")).extracting(h2 -> h2.text()).containsExactly("Les Tilleuls", "Le Canal");
        assertThat(page.select("main h2:contains(Le Canal) + ul a"))
                .extracting(link -> link.attr("href"))
                .containsExactly(ProposalScreens.path(later), ProposalScreens.path(canal));
        assertThat(page.select("nav.bo-nav a[aria-current=page]").text()).isEqualTo("Idées des habitants");
        ValidHtml.assertValid("proposals' list", list.getBody());
    }

    @Test
    void givenAConcierge_thenTheySeeTheirNeighbourhoodsIdeasOnlyAndAnotherOneIsRefused() {
        APIGatewayV2HTTPResponse list = handle(BackOfficeEvents.get(ProposalsHandler.LIST), canalConcierge);
        assertThat(page(list).select("main h2")).extracting(h2 -> h2.text()).containsExactly("Le Canal");

        for (APIGatewayV2HTTPEvent event : new APIGatewayV2HTTPEvent[] {
            BackOfficeEvents.get(ProposalsHandler.SHOW, Map.of("reference", tilleuls), Map.of()),
            BackOfficeEvents.get(ProposalsHandler.LIST, Map.of(), Map.of("quartier", "tilleuls")),
            post(tilleuls, answer("DECLINED", "Non.", 1), canalConcierge)
        }) {
            APIGatewayV2HTTPResponse refused = assertPrivate(handle(event, canalConcierge));
            assertThat(refused.getStatusCode()).as(event.getRouteKey()).isEqualTo(403);
        }
        assertThat(proposals.stored().get(tilleuls).status()).isEqualTo(ProposalStatus.NEW);
    }

    @Test
    void givenAnIdeaWithAnAddress_whenTheTeamAnswers_thenTheReplyIsStoredAndEmailedOnceThroughTheOutbox() {
        APIGatewayV2HTTPResponse shown =
                handle(BackOfficeEvents.get(ProposalsHandler.SHOW, Map.of("reference", canal), Map.of()), team);
        assertThat(main(shown)).contains("Un atelier vélo pour les enfants.", "helene@exemple.fr", "Le samedi");
        ValidHtml.assertValid("an idea", shown.getBody());

        APIGatewayV2HTTPResponse answered = assertPrivate(handle(
                post(canal, answer("STUDYING", "Merci ! Nous en parlons mercredi.\nÀ bientôt.", 1), team), team));

        assertThat(location(answered)).isEqualTo(ProposalScreens.path(canal) + "?fait=reponse-enregistree");
        StoredProposal stored = proposals.stored().get(canal);
        assertThat(stored.status()).isEqualTo(ProposalStatus.STUDYING);
        assertThat(stored.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.emailed()).isTrue();
            assertThat(reply.memberName()).isEqualTo(team.name());
        });
        assertThat(proposals.mailer.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly("helene@exemple.fr");
            assertThat(mail.subject()).isEqualTo("Votre idée d'animation pour le quartier Le Canal");
            assertThat(mail.text())
                    .contains("Bonjour Camille,", "Merci ! Nous en parlons mercredi.", "L'équipe l'étudie.");
            assertThat(mail.text()).as("the idea is not relayed").doesNotContain("atelier vélo");
        });
        assertThat(proposals.outbox.deliveries(canal).get("reply:0").state()).isEqualTo(DeliveryState.SENT);
        proposals.clock.advance(Duration.ofMinutes(10));
        proposals.sweeper().sweep();
        assertThat(proposals.mailer.sent()).as("nothing doubled").hasSize(1);
        APIGatewayV2HTTPResponse page = handle(
                BackOfficeEvents.get(
                        ProposalsHandler.SHOW, Map.of("reference", canal), Map.of("fait", "reponse-enregistree")),
                team);
        assertThat(main(page)).contains("La réponse est enregistrée", "envoyée par e-mail");
        ValidHtml.assertValid("an answered idea", page.getBody());
    }

    @Test
    void givenTheMailServiceDownWhenAnswering_thenTheReplyWaitsInTheOutboxAndTheSweeperSendsItOnce() {
        proposals.mailer.refuse(true);

        handle(post(canal, answer("ACCEPTED", "Oui, au printemps !", 1), team), team);

        assertThat(proposals.mailer.sent()).isEmpty();
        assertThat(proposals.outbox.isDue(canal)).isTrue();
        proposals.mailer.refuse(false);
        proposals.clock.advance(Duration.ofMinutes(10));
        proposals.sweeper().sweep();
        proposals.clock.advance(Duration.ofMinutes(10));
        proposals.sweeper().sweep();
        assertThat(proposals.mailer.sent())
                .extracting(Email::to)
                .containsExactly(java.util.List.of("helene@exemple.fr"));
    }

    @Test
    void givenAnAnonymousIdea_whenAnswered_thenTheReplyStaysHereAndNoMailIsSent() {
        handle(post(tilleuls, answer("DECLINED", "Pas cette saison.", 1), team), team);

        assertThat(proposals.stored().get(tilleuls).replies())
                .singleElement()
                .satisfies(reply -> assertThat(reply.emailed()).isFalse());
        assertThat(proposals.mailer.sent()).isEmpty();
    }

    @Test
    void givenAnIdeaSetAside_thenTheSiteIsAskedToPublishItsNewCountAndBroughtBackAgain() {
        handle(post(tilleuls, answer("SET_ASIDE", "", 1), team), team);
        handle(post(tilleuls, answer("STUDYING", "", 2), team), team);
        handle(post(tilleuls, answer("DECLINED", "", 3), team), team);

        assertThat(proposals.publication.asked())
                .as("set aside, then counted again; not for a decline")
                .hasSize(2);
    }

    @Test
    void givenAStaleVersion_thenA409ShowsTheIdeaAsAnsweredMeanwhileAndNothingChanges() {
        handle(post(canal, answer("STUDYING", "Première réponse.", 1), team), team);

        APIGatewayV2HTTPResponse conflict =
                assertPrivate(handle(post(canal, answer("DECLINED", "Seconde réponse.", 1), team), team));

        assertThat(conflict.getStatusCode()).isEqualTo(409);
        assertThat(main(conflict)).contains("Quelqu'un d'autre a répondu", "Première réponse.");
        assertThat(proposals.stored().get(canal).replies()).hasSize(1);
        assertThat(proposals.mailer.sent()).hasSize(1);
        ValidHtml.assertValid("an idea after a conflict", conflict.getBody());
    }

    @Test
    void givenAnAnswerThatChangesNothingOrAnUnknownStatus_thenA400TiedToItsFieldAndWhatWasTypedStays() {
        APIGatewayV2HTTPResponse nothing = assertPrivate(handle(post(canal, answer("NEW", "", 1), team), team));
        APIGatewayV2HTTPResponse unknown =
                assertPrivate(handle(post(canal, answer("MAYBE", "Réponse gardée.", 1), team), team));

        assertThat(nothing.getStatusCode()).isEqualTo(400);
        assertThat(page(nothing).select(".error-summary a").attr("href")).isEqualTo("#reply");
        assertThat(unknown.getStatusCode()).isEqualTo(400);
        assertThat(page(unknown).select(".error-summary a").attr("href")).isEqualTo("#status");
        assertThat(page(unknown).select("#reply").text()).isEqualTo("Réponse gardée.");
        assertThat(proposals.stored().get(canal).version()).isEqualTo(1);
        ValidHtml.assertValid("an answer with errors", unknown.getBody());
    }

    @Test
    void givenAFormFromElsewhere_thenA403AndNothingChanges() {
        Map<String, String> withoutToken = new HashMap<>(answer("STUDYING", "Bonjour", 1));
        APIGatewayV2HTTPResponse noToken =
                handle(BackOfficeEvents.post(ProposalsHandler.ANSWER, Map.of("reference", canal), withoutToken), team);
        APIGatewayV2HTTPResponse otherOrigin = handle(
                BackOfficeEvents.post(
                        ProposalsHandler.ANSWER,
                        Map.of("reference", canal),
                        withToken(answer("STUDYING", "Bonjour", 1), team),
                        "https://evil.example"),
                team);
        APIGatewayV2HTTPResponse noOrigin = handle(
                BackOfficeEvents.post(
                        ProposalsHandler.ANSWER,
                        Map.of("reference", canal),
                        withToken(answer("STUDYING", "Bonjour", 1), team),
                        null),
                team);

        assertThat(java.util.List.of(noToken, otherOrigin, noOrigin))
                .extracting(APIGatewayV2HTTPResponse::getStatusCode)
                .containsOnly(403);
        assertThat(proposals.stored().get(canal).version()).isEqualTo(1);
        assertThat(proposals.mailer.sent()).isEmpty();
    }

    @Test
    void givenAnUnknownOrMalformedReferenceOrNoMember_thenTheRightRefusal() {
        assertThat(handle(BackOfficeEvents.get(ProposalsHandler.SHOW, Map.of("reference", "ZZZZ-ZZZZ"), Map.of()), team)
                        .getStatusCode())
                .isEqualTo(404);
        assertThat(handle(
                                BackOfficeEvents.get(
                                        ProposalsHandler.SHOW, Map.of("reference", "pas-une-ref"), Map.of()),
                                team)
                        .getStatusCode())
                .isEqualTo(404);
        assertThat(handler.handleRequest(BackOfficeEvents.get(ProposalsHandler.LIST), null)
                        .getStatusCode())
                .isEqualTo(401);
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, SignedInMember member) {
        return handler.handleRequest(BackOfficeEvents.signedIn(event, member), null);
    }

    private static APIGatewayV2HTTPEvent post(String reference, Map<String, String> fields, SignedInMember member) {
        return BackOfficeEvents.post(
                ProposalsHandler.ANSWER, Map.of("reference", reference), withToken(fields, member));
    }

    private static Map<String, String> withToken(Map<String, String> fields, SignedInMember member) {
        Map<String, String> all = new HashMap<>(fields);
        all.put(FormGuard.FIELD, member.csrfToken());
        return all;
    }

    private static Map<String, String> answer(String status, String reply, long version) {
        return BackOfficeEvents.fields("status", status, "reply", reply, "version", Long.toString(version));
    }
}
