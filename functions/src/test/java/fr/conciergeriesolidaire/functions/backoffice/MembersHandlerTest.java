package fr.conciergeriesolidaire.functions.backoffice;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.location;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Managing the team: what an admin sees and changes, and every refusal (role, form from elsewhere, stale version,
 * own access) with its status and nothing changed.
 */
class MembersHandlerTest {
    private final InMemoryBackOffice backOffice = new InMemoryBackOffice();
    private final MembersHandler handler = backOffice.membersHandler();
    private final Member admin = backOffice.member("Alix Admin", "alix@exemple.fr", Role.ADMIN);
    private final Member concierge =
            backOffice.member("Camille Martin", "camille.martin@exemple.fr", Role.COUNTER, "comptoir-tilleuls");
    private final SignedInMember signedInAdmin = backOffice.signIn(admin).member();

    @Test
    void givenAnAdminThenTheListShowsEveryMemberByRoleWithTheirCounters() {
        APIGatewayV2HTTPResponse list = assertPrivate(handle(get(MembersHandler.LIST, Map.of()), signedInAdmin));

        assertThat(list.getStatusCode()).isEqualTo(200);
        Document page = page(list);
        assertThat(page.select("main h1").text()).isEqualTo("Membres de l'équipe");
        assertThat(page.select("main h2"))
                .extracting(h2 -> h2.text())
                .containsExactly("Administration", "Équipe", "Comptoirs");
        assertThat(page.select("main .bo-list a"))
                .extracting(a -> a.text())
                .containsExactly("Alix Admin", "Camille Martin");
        assertThat(main(list)).contains("camille.martin@exemple.fr", "Comptoir des Tilleuls");
        assertThat(page.select("nav.bo-nav a[aria-current=page]").text()).isEqualTo("Membres de l'équipe");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"TEAM", "COUNTER"})
    void givenAMemberWhoIsNoAdminThenEveryMemberScreenAndActionIsRefusedAndNothingChanges(Role role) {
        Member notAdmin = backOffice.member("Dominique Durand", "dominique@exemple.fr", role, "comptoir-canal");
        SignedInMember signedIn = backOffice.signIn(notAdmin).member();
        Map<String, Member> before = backOffice.members.all();

        for (APIGatewayV2HTTPEvent event : List.of(
                get(MembersHandler.LIST, Map.of()),
                get(MembersHandler.NEW, Map.of()),
                get(MembersHandler.SHOW, Map.of("memberId", concierge.memberId())),
                post(MembersHandler.ADD, Map.of(), newMember("eve@exemple.fr"), signedIn),
                post(
                        MembersHandler.CHANGE,
                        Map.of("memberId", concierge.memberId()),
                        change(concierge, "TEAM"),
                        signedIn),
                post(MembersHandler.REMOVE, Map.of("memberId", concierge.memberId()), version(concierge), signedIn),
                post(MembersHandler.END_SESSIONS, Map.of("memberId", concierge.memberId()), Map.of(), signedIn))) {
            APIGatewayV2HTTPResponse refused = assertPrivate(handle(event, signedIn));
            assertThat(refused.getStatusCode()).as(event.getRouteKey()).isEqualTo(403);
            assertThat(main(refused)).contains("Votre rôle ne permet pas");
        }
        assertThat(backOffice.members.all()).isEqualTo(before);
    }

    @Test
    void givenNoSignedInMemberInTheRequestThenItIsRefusedWith401() {
        APIGatewayV2HTTPResponse refused =
                assertPrivate(handler.handleRequest(get(MembersHandler.LIST, Map.of()), null));

        assertThat(refused.getStatusCode()).isEqualTo(401);
        assertThat(page(refused).select("main a").attr("href")).isEqualTo("/api/backoffice/connexion");
    }

    @Test
    void givenANewMemberThenTheyAreStoredAndTheListSaysSo() {
        APIGatewayV2HTTPResponse added = assertPrivate(handle(
                post(MembersHandler.ADD, Map.of(), newMember(" Eve.Dupont@Exemple.FR"), signedInAdmin), signedInAdmin));

        assertThat(location(added)).isEqualTo("/api/backoffice/membres?fait=membre-ajoute");
        Member eve = backOffice
                .members
                .findByEmailHash(backOffice.addresses.hash("eve.dupont@exemple.fr"))
                .orElseThrow();
        assertThat(eve.name()).isEqualTo("Eve Dupont");
        assertThat(eve.role()).isEqualTo(Role.COUNTER);
        assertThat(eve.counters()).containsExactly("comptoir-tilleuls", "site-entreprise-bailleur");
        assertThat(eve.version()).isEqualTo(1);
        assertThat(backOffice.audit.latest("member:" + eve.memberId(), 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("audit.member.added");
                    assertThat(entry.memberId()).isEqualTo(signedInAdmin.memberId());
                    assertThat(entry.detail())
                            .as("names of things, not the new member's address or name")
                            .isEqualTo("COUNTER comptoir-tilleuls,site-entreprise-bailleur");
                });
        APIGatewayV2HTTPResponse list =
                handle(get(MembersHandler.LIST, Map.of(), Map.of("fait", "membre-ajoute")), signedInAdmin);
        assertThat(page(list).select("main [role=status]").text()).startsWith("Le membre est ajouté.");
    }

    @Test
    void givenAWrongNewMemberThenTheFormComesBackWithEachErrorTiedToItsFieldAndWhatWasTyped() {
        Map<String, String> wrong = fields("name", "<script>", "email", "pas-une-adresse", "role", "COUNTER");

        APIGatewayV2HTTPResponse refused =
                assertPrivate(handle(post(MembersHandler.ADD, Map.of(), wrong, signedInAdmin), signedInAdmin));

        assertThat(refused.getStatusCode()).isEqualTo(400);
        Document page = page(refused);
        assertThat(page.select(".error-summary a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("#name", "#email", "#counters");
        assertThat(page.select("#email").attr("value")).isEqualTo("pas-une-adresse");
        assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#counters-erreur").text())
                .isEqualTo("Choisissez au moins un comptoir pour un membre au rôle Comptoir.");
        assertThat(page.select("fieldset:has(#counters)").attr("aria-describedby"))
                .contains("counters-erreur");
        assertThat(page.select("input[name=role][value=COUNTER]").hasAttr("checked"))
                .isTrue();
        assertThat(backOffice.members.all()).hasSize(2);
        assertThat(backOffice.audit.all()).as("nothing done, nothing recorded").isEmpty();
    }

    @Test
    void givenTheAddressOfAMemberThenTheNewOneIsRefusedWith409OnTheAddressField() {
        APIGatewayV2HTTPResponse refused = assertPrivate(handle(
                post(MembersHandler.ADD, Map.of(), newMember("CAMILLE.martin@exemple.fr"), signedInAdmin),
                signedInAdmin));

        assertThat(refused.getStatusCode()).isEqualTo(409);
        assertThat(page(refused).select("#email-erreur").text())
                .isEqualTo("Cette adresse est déjà celle d'un membre de l'équipe.");
        assertThat(backOffice.members.all()).hasSize(2);
    }

    @Test
    void givenFormsWithoutTheSessionsTokenOrFromElsewhereThenNothingChanges() {
        Map<String, String> good = newMember("eve@exemple.fr");
        Map<String, String> noToken = new HashMap<>(good);
        noToken.remove(FormGuard.FIELD);
        Map<String, String> wrongToken = new HashMap<>(good);
        wrongToken.put(FormGuard.FIELD, backOffice.signIn(concierge).member().csrfToken());

        List<APIGatewayV2HTTPEvent> forged = List.of(
                BackOfficeEvents.post(MembersHandler.ADD, Map.of(), noToken),
                BackOfficeEvents.post(MembersHandler.ADD, Map.of(), wrongToken),
                BackOfficeEvents.post(
                        MembersHandler.ADD, Map.of(), withToken(good, signedInAdmin), "https://evil.example"),
                BackOfficeEvents.post(MembersHandler.ADD, Map.of(), withToken(good, signedInAdmin), null),
                BackOfficeEvents.post(
                        MembersHandler.REMOVE, Map.of("memberId", concierge.memberId()), version(concierge), null));
        for (APIGatewayV2HTTPEvent event : forged) {
            APIGatewayV2HTTPResponse refused = assertPrivate(handle(event, signedInAdmin));
            assertThat(refused.getStatusCode()).isEqualTo(403);
            assertThat(main(refused)).contains("Rien n'a été modifié");
        }
        assertThat(backOffice.members.all()).hasSize(2);
    }

    @Test
    void givenAChangeOnTheVersionShownThenItIsSavedAndTheNextVersionCounts() {
        APIGatewayV2HTTPResponse changed = assertPrivate(handle(
                post(
                        MembersHandler.CHANGE,
                        Map.of("memberId", concierge.memberId()),
                        change(concierge, "TEAM"),
                        signedInAdmin),
                signedInAdmin));

        assertThat(location(changed))
                .isEqualTo("/api/backoffice/membres/" + concierge.memberId() + "?fait=membre-modifie");
        Member now = backOffice.members.find(concierge.memberId()).orElseThrow();
        assertThat(now.role()).isEqualTo(Role.TEAM);
        assertThat(now.counters()).as("only a concierge has counters").isEmpty();
        assertThat(now.version()).isEqualTo(2);
    }

    @Test
    void givenAdminsActionsOnAMemberThenTheirPageShowsTheTrailNewestFirstWithWhoWhenAndTheAccessGivenByName() {
        Map<String, String> concierged = Map.of("memberId", concierge.memberId());
        handle(post(MembersHandler.CHANGE, concierged, change(concierge, "TEAM"), signedInAdmin), signedInAdmin);
        backOffice.clock.advance(java.time.Duration.ofHours(25));
        Map<String, String> back = fields(
                "name",
                "Camille Martin",
                "role",
                "COUNTER",
                "counter.comptoir-tilleuls",
                "yes",
                "counter.comptoir-canal",
                "yes",
                "version",
                "2");
        handle(post(MembersHandler.CHANGE, concierged, back, signedInAdmin), signedInAdmin);
        backOffice.clock.advance(java.time.Duration.ofMinutes(5));
        handle(post(MembersHandler.END_SESSIONS, concierged, Map.of(), signedInAdmin), signedInAdmin);

        APIGatewayV2HTTPResponse shown = assertPrivate(handle(get(MembersHandler.SHOW, concierged), signedInAdmin));

        Document page = page(shown);
        assertThat(page.select("ol.trail").attr("aria-label"))
                .isEqualTo("Ce que les administrateurs ont fait pour Camille Martin, du plus récent au plus ancien");
        assertThat(page.select("ol.trail > li"))
                .extracting(row -> row.text())
                .containsExactly(
                        "mardi 3 mars 2026 à 11 h 05 · Alix Admin a terminé toutes ses sessions",
                        "mardi 3 mars 2026 à 11 h · Alix Admin a modifié ce membre (Comptoir : Comptoir des Tilleuls,"
                                + " Comptoir du Canal)",
                        "lundi 2 mars 2026 à 10 h · Alix Admin a modifié ce membre (Équipe)");
        assertThat(main(shown)).doesNotContain("COUNTER", "comptoir-tilleuls");
    }

    @Test
    void givenAMemberNoAdminChangedYetThenTheirPageSaysTheTrailIsEmpty() {
        APIGatewayV2HTTPResponse shown = assertPrivate(
                handle(get(MembersHandler.SHOW, Map.of("memberId", concierge.memberId())), signedInAdmin));

        assertThat(page(shown).select("ol.trail")).isEmpty();
        assertThat(main(shown)).contains("Aucune action enregistrée pour ce membre.");
    }

    @Test
    void givenAChangeOnAVersionChangedMeanwhileThenItIsRefusedWith409AndTheMemberShownAsTheyAreNow() {
        Map<String, String> stale = change(concierge, "TEAM");
        backOffice.members.change(
                concierge.memberId(), 1, "Camille Martin-Durand", Role.COUNTER, List.of("comptoir-canal"));

        APIGatewayV2HTTPResponse conflict = assertPrivate(handle(
                post(MembersHandler.CHANGE, Map.of("memberId", concierge.memberId()), stale, signedInAdmin),
                signedInAdmin));

        assertThat(conflict.getStatusCode()).isEqualTo(409);
        Document page = page(conflict);
        assertThat(page.select("main [role=alert]").text()).startsWith("Quelqu'un d'autre a modifié ce membre");
        assertThat(page.select("#name").attr("value")).isEqualTo("Camille Martin-Durand");
        assertThat(page.select("input[name=version]").first().attr("value")).isEqualTo("2");
        assertThat(page.select("input[name='counter.comptoir-canal']").hasAttr("checked"))
                .isTrue();
        assertThat(backOffice.members.find(concierge.memberId()).orElseThrow().role())
                .isEqualTo(Role.COUNTER);
    }

    @Test
    void givenAnAdminChangingTheirOwnRoleOrRemovingThemselvesThenItIsRefusedAndNothingChanges() {
        APIGatewayV2HTTPResponse ownRole = assertPrivate(handle(
                post(MembersHandler.CHANGE, Map.of("memberId", admin.memberId()), change(admin, "TEAM"), signedInAdmin),
                signedInAdmin));
        APIGatewayV2HTTPResponse ownRemoval = assertPrivate(handle(
                post(MembersHandler.REMOVE, Map.of("memberId", admin.memberId()), version(admin), signedInAdmin),
                signedInAdmin));

        assertThat(ownRole.getStatusCode()).isEqualTo(400);
        assertThat(page(ownRole).select("#role-erreur").text())
                .isEqualTo("Vous ne pouvez pas changer votre propre rôle.");
        assertThat(ownRemoval.getStatusCode()).isEqualTo(400);
        assertThat(main(ownRemoval)).contains("Vous ne pouvez pas retirer votre propre accès.");
        assertThat(backOffice.members.find(admin.memberId()).orElseThrow().role())
                .isEqualTo(Role.ADMIN);
        APIGatewayV2HTTPResponse ownPage =
                handle(get(MembersHandler.SHOW, Map.of("memberId", admin.memberId())), signedInAdmin);
        assertThat(page(ownPage).select("form[action$=/retrait]"))
                .as("no removal button for oneself")
                .isEmpty();
        assertThat(page(ownPage).select("input[name=role][type=radio]")).isEmpty();
    }

    @Test
    void givenAMemberRemovedThenTheyAreGoneWithTheirSessionsAndLinks() {
        InMemoryBackOffice.SignedIn session = backOffice.signIn(concierge);
        backOffice.linkFor(concierge);

        APIGatewayV2HTTPResponse removed = assertPrivate(handle(
                post(
                        MembersHandler.REMOVE,
                        Map.of("memberId", concierge.memberId()),
                        version(concierge),
                        signedInAdmin),
                signedInAdmin));

        assertThat(location(removed)).isEqualTo("/api/backoffice/membres?fait=membre-retire");
        assertThat(backOffice.members.find(concierge.memberId())).isEmpty();
        assertThat(backOffice.tokens.sessions()).extracting(s -> s.memberId()).doesNotContain(concierge.memberId());
        assertThat(backOffice.tokens.links()).isEmpty();
        assertThat(backOffice.audit.latest("member:" + concierge.memberId(), 10))
                .extracting(entry -> entry.action())
                .containsExactly("audit.member.removed");
        assertThat(backOffice
                        .authorizerHandler()
                        .handleRequest(
                                BackOfficeEvents.withCookie(get(MembersHandler.LIST, Map.of()), session.cookie()), null)
                        .getIsAuthorized())
                .isFalse();
    }

    @Test
    void givenEndingAllSessionsOfAMemberThenNoneOfTheirSessionsOpensAnythingAndTheyStayOnTheTeam() {
        InMemoryBackOffice.SignedIn phone = backOffice.signIn(concierge);
        InMemoryBackOffice.SignedIn computer = backOffice.signIn(concierge);

        APIGatewayV2HTTPResponse ended = assertPrivate(handle(
                post(MembersHandler.END_SESSIONS, Map.of("memberId", concierge.memberId()), Map.of(), signedInAdmin),
                signedInAdmin));

        assertThat(location(ended))
                .isEqualTo("/api/backoffice/membres/" + concierge.memberId() + "?fait=sessions-terminees");
        for (InMemoryBackOffice.SignedIn session : List.of(phone, computer)) {
            assertThat(backOffice
                            .authorizerHandler()
                            .handleRequest(
                                    BackOfficeEvents.withCookie(get(MembersHandler.LIST, Map.of()), session.cookie()),
                                    null)
                            .getIsAuthorized())
                    .isFalse();
        }
        assertThat(backOffice.members.find(concierge.memberId())).isPresent();
        assertThat(backOffice.tokens.sessions()).extracting(s -> s.memberId()).containsOnly(admin.memberId());
    }

    @Test
    void givenAnUnknownOrMalformedMemberThenTheAnswerIs404() {
        for (String id : List.of("inconnu", "../../x", "a".repeat(65))) {
            APIGatewayV2HTTPResponse missing =
                    assertPrivate(handle(get(MembersHandler.SHOW, Map.of("memberId", id)), signedInAdmin));
            assertThat(missing.getStatusCode()).as(id).isEqualTo(404);
        }
        APIGatewayV2HTTPResponse removedMeanwhile = assertPrivate(handle(
                post(MembersHandler.REMOVE, Map.of("memberId", "inconnu"), fields("version", "1"), signedInAdmin),
                signedInAdmin));
        assertThat(removedMeanwhile.getStatusCode()).isEqualTo(404);
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, SignedInMember member) {
        return handler.handleRequest(BackOfficeEvents.signedIn(event, member), null);
    }

    private static APIGatewayV2HTTPEvent get(String route, Map<String, String> path) {
        return BackOfficeEvents.get(route, path, Map.of());
    }

    private static APIGatewayV2HTTPEvent get(String route, Map<String, String> path, Map<String, String> query) {
        return BackOfficeEvents.get(route, path, query);
    }

    private static APIGatewayV2HTTPEvent post(
            String route, Map<String, String> path, Map<String, String> fields, SignedInMember member) {
        return BackOfficeEvents.post(route, path, withToken(fields, member));
    }

    private static Map<String, String> withToken(Map<String, String> fields, SignedInMember member) {
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put(FormGuard.FIELD, member.csrfToken());
        return withToken;
    }

    private static Map<String, String> newMember(String email) {
        return fields(
                "name", "Eve Dupont",
                "email", email,
                "role", "COUNTER",
                "counter.site-entreprise-bailleur", "yes",
                "counter.comptoir-tilleuls", "yes");
    }

    private static Map<String, String> change(Member member, String role) {
        return fields("name", member.name(), "role", role, "version", Long.toString(member.version()));
    }

    private static Map<String, String> version(Member member) {
        return fields("version", Long.toString(member.version()));
    }
}
