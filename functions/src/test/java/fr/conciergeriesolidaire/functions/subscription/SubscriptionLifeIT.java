package fr.conciergeriesolidaire.functions.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
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

        assertThatThrownBy(() -> life.move(first, 1, "membre-a", SignUpStatus.DROPPED, Optional.empty()))
                .isInstanceOf(ChangeRefusedException.class);
        life.move(first, 1, "membre-a", SignUpStatus.DROPPED, Optional.of("Pas de local pour le concierge"));

        assertThat(submit(signUp.put("idempotencyKey", "une-autre-soumission-0002"))
                        .getStatusCode())
                .isEqualTo(201);
        StoredSubscription dropped = life.find(first);
        assertThat(dropped.status()).isEqualTo(SignUpStatus.DROPPED);
        assertThat(dropped.history()).singleElement().satisfies(event -> {
            assertThat(event.by()).isEqualTo("membre-a");
            assertThat(event.from() + "→" + event.to()).isEqualTo("AWAITING_REVIEW→DROPPED");
            assertThat(event.reason()).contains("Pas de local pour le concierge");
        });
    }

    @Test
    void givenASignUpFollowedToActive_thenEachStepNotesAndTermsAreKeptAndAStaleVersionIsRefused() throws Exception {
        ObjectNode signUp = SubscriptionEvents.valid();
        signUp.put("companyStreet", "9 rue de Vesle");
        String reference = reference(signUp);

        life.move(reference, 1, "membre-a", SignUpStatus.CONTACTED, Optional.empty());
        life.addNote(reference, 2, "membre-a", "Rappeler jeudi, la DRH est en congé.");
        life.amend(reference, 3, "membre-b", LocalDate.of(2026, 5, 4), 140);
        assertThatThrownBy(() -> life.move(reference, 3, "membre-b", SignUpStatus.AGREEMENT_SIGNED, Optional.empty()))
                .isInstanceOf(VersionConflictException.class);
        life.move(reference, 4, "membre-b", SignUpStatus.AGREEMENT_SIGNED, Optional.empty());
        StoredSubscription active = life.move(reference, 5, "membre-b", SignUpStatus.ACTIVE, Optional.empty());

        assertThat(active.status()).isEqualTo(SignUpStatus.ACTIVE);
        assertThat(active.version()).isEqualTo(6);
        assertThat(active.notes()).extracting(SignUpNote::text).containsExactly("Rappeler jeudi, la DRH est en congé.");
        assertThat(active.request().startDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(active.request().employees()).isEqualTo(140);
        assertThat(active.history())
                .extracting(SignUpEvent::what)
                .containsExactly("status", "note", "terms", "status", "status");
        assertThat(life.withStatus(SignUpStatus.ACTIVE))
                .extracting(StoredSubscription::reference)
                .contains(reference);
        assertThat(life.withStatus(SignUpStatus.AWAITING_REVIEW))
                .extracting(StoredSubscription::reference)
                .doesNotContain(reference);
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
