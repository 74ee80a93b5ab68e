package fr.conciergeriesolidaire.functions.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A sign-up's life with the team, on dynalite, through the wiring the back-office uses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionLifeIT {
    private static final Reviewer ALIX = new Reviewer("membre-a", "Alix Admin");
    private static final Reviewer DOMINIQUE = new Reviewer("membre-b", "Dominique Équipe");
    private static final String SITE = "site-entreprise-bailleur";

    private final MutableClock clock = new MutableClock(Instant.parse(SubscriptionEvents.NOW));
    private EmulatedAws world;
    private SubscriptionLife life;
    private SubscriptionSubmissionHandler submissions;

    @BeforeAll
    void start() {
        world = EmulatedAws.inMemory();
        Map<String, String> environment = world.environmentOf("SubscriptionSubmissionFunction");
        environment.put("CONFIRMATION_LIMIT", "10000");
        SubscriptionWiring wiring = new SubscriptionWiring(new Environment(environment), clock);
        life = wiring.life();
        submissions = new SubscriptionSubmissionHandler(wiring.service(), wiring.clientAddress());
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void givenASignUpDroppedWithAReason_thenTheSameSiteMaySignUpAgainAndTheTrailKeepsWhoAndWhy() throws Exception {
        ObjectNode signUp = SubscriptionEvents.valid();
        signUp.put("companyStreet", "7 rue du Cloître");
        String first = reference(signUp);
        assertThat(submit(signUp.put("idempotencyKey", "une-autre-soumission-0001"))
                        .getStatusCode())
                .isEqualTo(409);

        assertThatThrownBy(() -> life.move(first, 1, ALIX, SignUpStatus.DROPPED, Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
        life.move(first, 1, ALIX, SignUpStatus.DROPPED, Optional.of("Pas de local pour le concierge"));

        assertThat(submit(signUp.put("idempotencyKey", "une-autre-soumission-0002"))
                        .getStatusCode())
                .isEqualTo(201);
        StoredSubscription dropped = life.find(first);
        assertThat(dropped.status()).isEqualTo(SignUpStatus.DROPPED);
        assertThat(dropped.history()).singleElement().satisfies(event -> {
            assertThat(event.by()).isEqualTo("membre-a");
            assertThat(event.byName()).isEqualTo("Alix Admin");
            assertThat(event.from() + "→" + event.to()).isEqualTo("AWAITING_REVIEW→DROPPED");
            assertThat(event.reason()).contains("Pas de local pour le concierge");
        });
        assertThatThrownBy(() ->
                        life.amend(first, 2, ALIX, new SignUpTerms(LocalDate.of(2026, 5, 4), 140, Optional.empty())))
                .as("a dropped sign-up changes no more")
                .isInstanceOf(ChangeRefusedException.class);
    }

    @Test
    void givenASignUpFollowedToActive_thenEachStepNotesAndTermsAreKeptAndAStaleVersionIsRefused() throws Exception {
        ObjectNode signUp = SubscriptionEvents.valid();
        signUp.put("companyStreet", "9 rue de Vesle");
        String reference = reference(signUp);

        life.move(reference, 1, ALIX, SignUpStatus.CONTACTED, Optional.empty());
        life.addNote(reference, 2, ALIX, "Rappeler jeudi, la DRH est en congé.");
        life.amend(reference, 3, DOMINIQUE, new SignUpTerms(LocalDate.of(2026, 5, 4), 140, Optional.empty()));
        assertThatThrownBy(() -> life.move(reference, 3, DOMINIQUE, SignUpStatus.AGREEMENT_SIGNED, Optional.empty()))
                .isInstanceOf(VersionConflictException.class);
        life.move(reference, 4, DOMINIQUE, SignUpStatus.AGREEMENT_SIGNED, Optional.empty());
        assertThatThrownBy(() -> life.move(reference, 5, DOMINIQUE, SignUpStatus.ACTIVE, Optional.empty()))
                .as("active before its site is known")
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refused -> assertThat(((InvalidInputException) refused).errors())
                        .singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo(SignUpChangeFields.STATUS)));
        life.amend(reference, 5, DOMINIQUE, new SignUpTerms(LocalDate.of(2026, 5, 4), 140, Optional.of(SITE)));
        StoredSubscription active = life.move(reference, 6, DOMINIQUE, SignUpStatus.ACTIVE, Optional.empty());

        assertThat(active.status()).isEqualTo(SignUpStatus.ACTIVE);
        assertThat(active.version()).isEqualTo(7);
        assertThat(active.counterId()).contains(SITE);
        assertThat(active.notes()).singleElement().satisfies(note -> {
            assertThat(note.text()).isEqualTo("Rappeler jeudi, la DRH est en congé.");
            assertThat(note.byName()).isEqualTo("Alix Admin");
        });
        assertThat(active.request().startDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(active.request().employees()).isEqualTo(140);
        assertThat(active.history())
                .extracting(SignUpEvent::what)
                .containsExactly("status", "note", "terms", "status", "terms", "status");
        assertThat(active.history().get(2).from()).isEqualTo("2026-04-01 / 120 / -");
        assertThat(active.history().get(4).to()).isEqualTo("2026-05-04 / 140 / " + SITE);
        assertThat(life.withStatus(SignUpStatus.ACTIVE))
                .extracting(StoredSubscription::reference)
                .contains(reference);
        assertThat(life.withStatus(SignUpStatus.AWAITING_REVIEW))
                .extracting(StoredSubscription::reference)
                .doesNotContain(reference);
        assertThatThrownBy(() -> life.amend(
                        reference, 7, ALIX, new SignUpTerms(LocalDate.of(2026, 5, 4), 150, Optional.empty())))
                .as("a site once given is never taken away")
                .isInstanceOf(InvalidInputException.class);
        assertThat(life.find(reference).version()).isEqualTo(7);
    }

    @Test
    void givenAChangeMadeBetweenTheReadAndTheWrite_thenTheConditionalUpdateStillRefusesIt() throws Exception {
        ObjectNode signUp = SubscriptionEvents.valid();
        signUp.put("companyStreet", "3 place Drouet-d'Erlon");
        String reference = reference(signUp);
        SubscriptionStore store = new SubscriptionWiring(
                        new Environment(world.environmentOf("SubscriptionSubmissionFunction")), clock)
                .store();
        store.change(new SignUpChange(
                reference,
                1,
                Optional.of(SignUpStatus.CONTACTED),
                Optional.empty(),
                Optional.empty(),
                new SignUpEvent(
                        clock.instant(),
                        "membre-b",
                        "Dominique",
                        "status",
                        "AWAITING_REVIEW",
                        "CONTACTED",
                        Optional.empty())));

        assertThatThrownBy(() -> store.change(new SignUpChange(
                        reference,
                        1,
                        Optional.of(SignUpStatus.DROPPED),
                        Optional.empty(),
                        Optional.empty(),
                        new SignUpEvent(
                                clock.instant(),
                                "membre-a",
                                "Alix",
                                "status",
                                "AWAITING_REVIEW",
                                "DROPPED",
                                Optional.of("doublon")))))
                .isInstanceOf(VersionConflictException.class);
        assertThat(life.find(reference).status()).isEqualTo(SignUpStatus.CONTACTED);
        assertThat(life.find(reference).history()).hasSize(1);
        assertThatThrownBy(() -> life.find("ZZZZ-ZZZZ")).isInstanceOf(NoSuchRecordException.class);
        assertThatThrownBy(() -> life.addNote("ZZZZ-ZZZZ", 1, ALIX, "rien")).isInstanceOf(NoSuchRecordException.class);
    }

    private String reference(ObjectNode signUp) throws Exception {
        var response = submit(signUp);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        return JsonTrees.MAPPER.readTree(response.getBody()).path("reference").asText();
    }

    private com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse submit(ObjectNode signUp) {
        return submissions.handleRequest(SubscriptionEvents.json(signUp, "198.51.100.31"), null);
    }
}
