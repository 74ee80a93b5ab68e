package fr.conciergeriesolidaire.functions.subscription.review;

import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.assertPrivate;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.location;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.main;
import static fr.conciergeriesolidaire.functions.backoffice.BackOfficeAnswers.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.subscription.SignUpStatus;
import fr.conciergeriesolidaire.functions.subscription.StoredSubscription;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The team's review of sign-ups through its handler: what a member sees and changes, each step with who and why in the
 * trail, a dropped sign-up freeing its site for the public form, and every refusal (role, forged form, unknown
 * sign-up, stale version, invalid reason...) with its status and nothing changed.
 */
class SignUpsHandlerTest {
    private final InMemoryReview review = new InMemoryReview();
    private final SignedInMember team = InMemoryReview.member("Dominique Équipe", Role.TEAM);
    private final SignedInMember admin = InMemoryReview.member("Alix Admin", Role.ADMIN);

    @Test
    void givenSignUpsAtEveryStepThenTheListShowsThoseAwaitingReviewFirstAndTheFilterShowsOneStep() {
        StoredSubscription waiting = review.signUp("1 rue Chanzy");
        StoredSubscription contacted = review.signUp("2 rue Chanzy");
        StoredSubscription dropped = review.signUp("3 rue Chanzy");
        move(contacted, "CONTACTED", "");
        move(dropped, "DROPPED", "Pas de local");

        APIGatewayV2HTTPResponse list = assertPrivate(review.get(SignUpsHandler.LIST, "", Map.of(), team));

        assertThat(list.getStatusCode()).isEqualTo(200);
        Document page = page(list);
        assertThat(page.select("main h2"))
                .extracting(h2 -> h2.text())
                .containsExactly("À étudier (1)", "Contactée (1)", "Convention signée (0)", "Active (0)");
        assertThat(page.select("main .bo-list a").first().attr("href"))
                .isEqualTo("/api/backoffice/adhesions/" + waiting.reference());
        assertThat(main(list)).contains("Imprimerie Rémoise", waiting.reference(), "120 salariés");
        assertThat(page.select("nav.bo-nav a[aria-current=page]").text()).isEqualTo("Adhésions des entreprises");

        Document droppedOnly = page(review.get(SignUpsHandler.LIST, "", Map.of("etape", "DROPPED"), team));
        assertThat(droppedOnly.select("main h2")).extracting(h2 -> h2.text()).containsExactly("Sans suite (1)");
        assertThat(droppedOnly.select("#etape option[selected]").attr("value")).isEqualTo("DROPPED");
        Document unknownFilter = page(review.get(SignUpsHandler.LIST, "", Map.of("etape", "<b>"), team));
        assertThat(unknownFilter.select("main h2")).hasSize(4);
    }

    @Test
    void givenASignUpThenItsPageShowsTheCompanyTheContactTheStepsItMayTakeAndEveryFormCarriesItsVersion() {
        StoredSubscription signUp = review.signUp("4 rue Chanzy");

        APIGatewayV2HTTPResponse shown =
                assertPrivate(review.get(SignUpsHandler.SHOW, signUp.reference(), Map.of(), admin));

        assertThat(shown.getStatusCode()).isEqualTo(200);
        Document page = page(shown);
        assertThat(page.select("main h1").text()).isEqualTo("Imprimerie Rémoise");
        assertThat(main(shown))
                .contains("732 829 320 00074", "Hélène", "Responsable RH", "helene.dubois@imprimerie.example")
                .contains("À étudier", "Pas encore de site", "Aucun changement depuis la réception");
        assertThat(page.select("input[name=status]"))
                .extracting(input -> input.attr("value"))
                .containsExactly("CONTACTED", "DROPPED");
        assertThat(page.select("main form.form")).hasSize(3).allSatisfy(form -> {
            assertThat(form.select("input[name=version]").attr("value")).isEqualTo("1");
            assertThat(form.select("input[name=" + FormGuard.FIELD + "]").attr("value"))
                    .isEqualTo(admin.csrfToken());
        });
        assertThat(page.select("#startDate").attr("value")).isEqualTo("2026-04-01");
        assertThat(page.select("#employees").attr("value")).isEqualTo("120");
    }

    @Test
    void givenEachStepUpToActiveThenEachIsStoredWithWhoWhenAndWhatAndShownInTheTrail() {
        StoredSubscription signUp = review.signUp("5 rue Chanzy");

        assertThat(location(move(signUp, "CONTACTED", "")))
                .isEqualTo("/api/backoffice/adhesions/" + signUp.reference() + "?fait=etape-changee");
        review.clock.advance(Duration.ofDays(3));
        assertThat(location(post(SignUpsHandler.NOTE, signUp, 2, "note", "Rappeler jeudi.\nDRH en congé.")))
                .endsWith("?fait=note-ajoutee");
        assertThat(location(post(
                        SignUpsHandler.TERMS,
                        signUp,
                        3,
                        "startDate",
                        "2026-05-04",
                        "employees",
                        "140",
                        "counter",
                        InMemoryReview.SITE)))
                .endsWith("?fait=conditions-modifiees");
        move(signUp, 4, "AGREEMENT_SIGNED", "");
        move(signUp, 5, "ACTIVE", "");

        StoredSubscription active = review.stored(signUp.reference());
        assertThat(active.status()).isEqualTo(SignUpStatus.ACTIVE);
        assertThat(active.version()).isEqualTo(6);
        assertThat(active.counterId()).contains(InMemoryReview.SITE);
        assertThat(active.request().startDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(active.history()).allSatisfy(event -> {
            assertThat(event.by()).isEqualTo(team.memberId());
            assertThat(event.byName()).isEqualTo("Dominique Équipe");
        });
        Document page =
                page(review.get(SignUpsHandler.SHOW, signUp.reference(), Map.of("fait", "etape-changee"), team));
        assertThat(page.select("main [role=status]").text()).isEqualTo("L'étape de la demande est enregistrée.");
        assertThat(page.select("ol.trail > li")).hasSize(5);
        assertThat(page.select("ol.trail > li").first().text())
                .contains("Dominique Équipe", "Étape : Convention signée → Active");
        assertThat(page.select("ol.trail").text())
                .contains("Conditions : démarrage le mercredi 1er avril 2026, 120 salariés, Pas encore de site"
                        + " → démarrage le lundi 4 mai 2026, 140 salariés, Conciergerie d'entreprise du bailleur")
                .contains("jeudi 5 mars 2026 à 10 h");
        assertThat(page.select(".bo-note").text()).isEqualTo("Rappeler jeudi.\nDRH en congé.".replace("\n", " "));
        assertThat(page.select("input[name=status]")).as("the last step").isEmpty();
    }

    @Test
    void givenASignUpDroppedWithAReasonThenTheSameCompanyAndSiteMayApplyAgainThroughThePublicForm() {
        ObjectNode company = InMemoryReview.company("6 rue Chanzy");
        assertThat(review.submit(company).getStatusCode()).isEqualTo(201);
        StoredSubscription first = review.store.stored().values().stream()
                .filter(stored -> stored.request().companyAddress().street().equals("6 rue Chanzy"))
                .findFirst()
                .orElseThrow();
        ObjectNode again = company.deepCopy().put("idempotencyKey", "nouvelle-demande-0001");
        APIGatewayV2HTTPResponse pending = review.submit(again);
        assertThat(pending.getStatusCode()).isEqualTo(409);
        assertThat(pending.getBody()).contains(first.reference());

        assertThat(location(move(first, "DROPPED", "Pas de local pour le concierge")))
                .endsWith("?fait=etape-changee");
        APIGatewayV2HTTPResponse anew = review.submit(again.put("idempotencyKey", "nouvelle-demande-0002"));

        assertThat(anew.getStatusCode()).as(anew.getBody()).isEqualTo(201);
        assertThat(anew.getBody()).doesNotContain(first.reference());
        assertThat(review.stored(first.reference()).history())
                .singleElement()
                .satisfies(event -> assertThat(event.reason()).contains("Pas de local pour le concierge"));
        assertThat(review.submit(again.put("idempotencyKey", "nouvelle-demande-0003"))
                        .getStatusCode())
                .as("the new sign-up holds the site in turn")
                .isEqualTo(409);
    }

    @Test
    void givenAReasonMissingOrTooLongOrInvisibleThenTheFormComesBackWith400TiedToTheReasonAndNothingChanges() {
        StoredSubscription signUp = review.signUp("7 rue Chanzy");

        for (String reason : List.of("", "   ", "x".repeat(SignUpForms.REASON_MAX_LENGTH + 1), "a\u202eb")) {
            APIGatewayV2HTTPResponse refused = assertPrivate(move(signUp, "DROPPED", reason));

            assertThat(refused.getStatusCode()).as("reason «%s»", reason).isEqualTo(400);
            Document page = page(refused);
            assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#reason");
            assertThat(page.select("#reason").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.select("input[name=status][value=DROPPED]").hasAttr("checked"))
                    .isTrue();
        }
        assertThat(review.stored(signUp.reference())).isEqualTo(signUp);
    }

    @Test
    void givenAStaleVersionThenTheChangeIsRefusedWith409AndThePageShowsTheSignUpAsItIsNow() {
        StoredSubscription signUp = review.signUp("8 rue Chanzy");
        move(signUp, "CONTACTED", "");

        for (String route : List.of(SignUpsHandler.MOVE, SignUpsHandler.NOTE, SignUpsHandler.TERMS)) {
            APIGatewayV2HTTPResponse refused = assertPrivate(post(
                    route,
                    signUp,
                    1,
                    "status",
                    "DROPPED",
                    "reason",
                    "doublon",
                    "note",
                    "vu",
                    "startDate",
                    "2026-04-02",
                    "employees",
                    "100"));

            assertThat(refused.getStatusCode()).as(route).isEqualTo(409);
            Document page = page(refused);
            assertThat(page.select("main [role=alert]").text()).startsWith("Quelqu'un d'autre a modifié cette demande");
            assertThat(page.select("input[name=version]").attr("value")).isEqualTo("2");
            assertThat(page.select(".bo-status").text()).contains("Contactée");
        }
        StoredSubscription now = review.stored(signUp.reference());
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.notes()).isEmpty();
        assertThat(now.request().employees()).isEqualTo(120);
    }

    @Test
    void givenAStepItsStatusDoesNotLeadToThenItIsRefusedWith409SayingSoAndActiveNeedsItsSiteFirst() {
        StoredSubscription signUp = review.signUp("9 rue Chanzy");

        APIGatewayV2HTTPResponse skipped = assertPrivate(move(signUp, "ACTIVE", ""));
        assertThat(skipped.getStatusCode()).isEqualTo(409);
        assertThat(page(skipped).select("main [role=alert]").text())
                .isEqualTo("Cette demande ne peut pas passer à cette étape depuis son étape actuelle.");
        APIGatewayV2HTTPResponse unknown = assertPrivate(move(signUp, "SIGNED_IN_BLOOD", ""));
        assertThat(unknown.getStatusCode()).isEqualTo(400);
        assertThat(page(unknown).select("#status-erreur").text()).isEqualTo("Choisissez une des étapes proposées.");

        move(signUp, "CONTACTED", "");
        move(signUp, 2, "AGREEMENT_SIGNED", "");
        APIGatewayV2HTTPResponse noSite = assertPrivate(move(signUp, 3, "ACTIVE", ""));
        assertThat(noSite.getStatusCode()).isEqualTo(400);
        assertThat(page(noSite).select("#status-erreur").text()).startsWith("Choisissez d'abord le site");
        assertThat(review.stored(signUp.reference()).status()).isEqualTo(SignUpStatus.AGREEMENT_SIGNED);
    }

    @Test
    void givenWrongTermsOrAnEmptyNoteThenEveryErrorIsTiedToItsFieldWhatWasTypedStaysAndNothingChanges() {
        StoredSubscription signUp = review.signUp("10 rue Chanzy");

        APIGatewayV2HTTPResponse terms = assertPrivate(post(
                SignUpsHandler.TERMS,
                signUp,
                1,
                "startDate",
                "2026-02-30",
                "employees",
                "3",
                "counter",
                "comptoir-tilleuls"));
        assertThat(terms.getStatusCode()).isEqualTo(400);
        Document page = page(terms);
        assertThat(page.select(".error-summary a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("#startDate", "#employees", "#counter");
        assertThat(page.select("#startDate").attr("value"))
                .as("no date: a date field holds dates only")
                .isEmpty();
        assertThat(page.select("#startDate-erreur").text()).isEqualTo("Cette date n'existe pas.");
        assertThat(page.select("#employees").attr("value")).isEqualTo("3");
        assertThat(page.select("#counter-erreur").text()).isEqualTo("Choisissez un des sites proposés.");
        APIGatewayV2HTTPResponse note = assertPrivate(post(SignUpsHandler.NOTE, signUp, 1, "note", " "));
        assertThat(note.getStatusCode()).isEqualTo(400);
        assertThat(page(note).select("#note-erreur").text()).isEqualTo("Ce champ est obligatoire.");
        APIGatewayV2HTTPResponse noVersion = assertPrivate(post(SignUpsHandler.NOTE, signUp, 0, "note", "vu"));
        assertThat(noVersion.getStatusCode()).isEqualTo(400);
        assertThat(main(noVersion)).contains("Formulaire périmé ou modifié");
        assertThat(review.stored(signUp.reference())).isEqualTo(signUp);
    }

    @Test
    void givenAConciergeThenEverySignUpScreenAndActionIsRefusedWith403AndNothingChanges() {
        StoredSubscription signUp = review.signUp("11 rue Chanzy");
        SignedInMember concierge = InMemoryReview.member("Camille Comptoir", Role.COUNTER);

        for (APIGatewayV2HTTPResponse refused : List.of(
                review.get(SignUpsHandler.LIST, "", Map.of(), concierge),
                review.get(SignUpsHandler.SHOW, signUp.reference(), Map.of(), concierge),
                review.post(
                        SignUpsHandler.MOVE,
                        signUp.reference(),
                        concierge,
                        "version",
                        "1",
                        "status",
                        "DROPPED",
                        "reason",
                        "non"),
                review.post(SignUpsHandler.NOTE, signUp.reference(), concierge, "version", "1", "note", "vu"),
                review.post(
                        SignUpsHandler.TERMS,
                        signUp.reference(),
                        concierge,
                        "version",
                        "1",
                        "startDate",
                        "2026-04-02",
                        "employees",
                        "100"))) {
            assertThat(assertPrivate(refused).getStatusCode()).isEqualTo(403);
            assertThat(main(refused)).contains("Votre rôle ne permet pas").doesNotContain("Imprimerie");
        }
        assertThat(review.stored(signUp.reference())).isEqualTo(signUp);
    }

    @Test
    void givenAFormWithoutTheSessionsTokenOrFromAnotherSiteThenItIsRefusedWith403AndNothingChanges() {
        StoredSubscription signUp = review.signUp("12 rue Chanzy");
        Map<String, String> drop = BackOfficeEvents.fields("version", "1", "status", "DROPPED", "reason", "non");
        Map<String, String> withToken = new java.util.HashMap<>(drop);
        withToken.put(FormGuard.FIELD, team.csrfToken());
        Map<String, String> wrongToken = new java.util.HashMap<>(drop);
        wrongToken.put(FormGuard.FIELD, "pas-le-bon-jeton");
        Map<String, String> reference = Map.of("reference", signUp.reference());

        for (APIGatewayV2HTTPEvent forged : List.of(
                BackOfficeEvents.post(SignUpsHandler.MOVE, reference, drop),
                BackOfficeEvents.post(SignUpsHandler.MOVE, reference, wrongToken),
                BackOfficeEvents.post(SignUpsHandler.MOVE, reference, withToken, "https://evil.example"),
                BackOfficeEvents.post(SignUpsHandler.MOVE, reference, withToken, null))) {
            APIGatewayV2HTTPResponse refused = assertPrivate(review.handle(forged, team));
            assertThat(refused.getStatusCode()).isEqualTo(403);
            assertThat(main(refused)).contains("ne vient pas d'une page de l'espace de l'équipe");
        }
        assertThat(review.stored(signUp.reference())).isEqualTo(signUp);
    }

    @Test
    void givenAnUnknownOrMalformedReferenceThenPageAndChangesAnswer404AndWithoutAMember401() {
        for (String reference : List.of("ZZZZ-ZZZZ", "pas-une-reference", "<script>")) {
            assertThat(assertPrivate(review.get(SignUpsHandler.SHOW, reference, Map.of(), team))
                            .getStatusCode())
                    .isEqualTo(404);
            assertThat(assertPrivate(review.post(
                                    SignUpsHandler.MOVE, reference, team, "version", "1", "status", "CONTACTED"))
                            .getStatusCode())
                    .isEqualTo(404);
            assertThat(review.post(SignUpsHandler.NOTE, reference, team, "version", "1", "note", "vu")
                            .getStatusCode())
                    .isEqualTo(404);
        }
        APIGatewayV2HTTPResponse anonymous =
                review.handler.handleRequest(BackOfficeEvents.get(SignUpsHandler.LIST), null);
        assertThat(assertPrivate(anonymous).getStatusCode()).isEqualTo(401);
        assertThat(review.store.stored()).isEmpty();
    }

    private APIGatewayV2HTTPResponse move(StoredSubscription signUp, String status, String reason) {
        return move(signUp, 1, status, reason);
    }

    private APIGatewayV2HTTPResponse move(StoredSubscription signUp, long version, String status, String reason) {
        return post(SignUpsHandler.MOVE, signUp, version, "status", status, "reason", reason);
    }

    private APIGatewayV2HTTPResponse post(String route, StoredSubscription signUp, long version, String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = "version";
        all[1] = version == 0 ? "" : Long.toString(version);
        System.arraycopy(fields, 0, all, 2, fields.length);
        return review.post(route, signUp.reference(), team, all);
    }
}
