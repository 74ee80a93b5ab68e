package fr.conciergeriesolidaire.functions.subscription.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.testing.ProjectTemplate;
import org.junit.jupiter.api.Test;

/** template.yaml and the review screens agree: each route of the sign-ups' function is one its handler answers. */
class SignUpsTemplateContractTest {
    private final SamTemplate template = ProjectTemplate.read();

    @Test
    void givenTheSignUpsFunctionThenEachOfItsRoutesIsOneTheHandlerAnswers() {
        assertThat(template.functions().stream()
                        .filter(function -> function.logicalId().equals("SignUpsFunction"))
                        .flatMap(function -> function.routes().stream())
                        .map(route -> route.method() + " " + route.path()))
                .containsExactlyInAnyOrder(
                        SignUpsHandler.LIST,
                        SignUpsHandler.SHOW,
                        SignUpsHandler.MOVE,
                        SignUpsHandler.NOTE,
                        SignUpsHandler.TERMS);
    }
}
