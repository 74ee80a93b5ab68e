package fr.conciergeriesolidaire.functions.http;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.forms.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.forms.FieldError;
import fr.conciergeriesolidaire.functions.forms.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmissionLimitReachedException;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import fr.conciergeriesolidaire.functions.records.StorageUnavailableException;
import fr.conciergeriesolidaire.functions.templates.ResponseShell;
import fr.conciergeriesolidaire.functions.testing.ValidHtml;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error answer a person without JavaScript may see, in the site's real shell, is valid HTML. */
class ErrorAnswersValidityTest {
    private static final ErrorAnswers ERRORS = new ErrorAnswers(
            ResponseShell.fromClasspath(),
            new FormPage("/formulaire/", "votre demande", field -> "Champ «\u00a0" + field + "\u00a0» & <autre>"));

    @BeforeAll
    static void theShellIsTheSites() {
        ValidHtml.assertTheShellIsTheSites();
    }

    static Stream<RuntimeException> failures() {
        return Stream.of(
                new InvalidInputException(List.of(
                        new FieldError("company", "Ce champ ne peut pas contenir les signes < et >."),
                        new FieldError("quantity.talons", "La quantité doit être comprise entre 1 et 5."))),
                InvalidInputException.unreadable("Le contenu envoyé n'est pas du JSON valide."),
                new IdempotencyConflictException(),
                new DuplicateSubmissionException("K7QM-3XPA", "Une demande est déjà en cours\u00a0: K7QM-3XPA & co."),
                new SubmissionLimitReachedException(),
                new PayloadTooLargeException(16_384),
                new UnsupportedMediaTypeException(),
                new TooManyRequestsException(Duration.ofMinutes(12)),
                new StorageUnavailableException(new IllegalStateException("down")),
                new IllegalStateException("unexpected"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void givenAFailure_whenAnsweredInHtml_thenThePageIsValidAndInFrench(RuntimeException failure) {
        HttpResponse answer = ERRORS.of(failure, ResponseFormat.HTML);

        assertThat(answer.status()).isBetween(400, 599);
        assertThat(answer.body()).contains("lang=\"fr\"").doesNotContain("@@");
        ValidHtml.assertValid(failure.getClass().getSimpleName(), answer.body());
    }

    @ParameterizedTest
    @MethodSource("failures")
    void givenAFailureOfTheSubmission_whenAnswered_thenOnlyTheUnexpectedOnesAreServerErrors(RuntimeException failure) {
        int status = ERRORS.of(failure, ResponseFormat.JSON).status();

        if (failure instanceof IllegalStateException) {
            assertThat(status).isEqualTo(500);
        } else if (failure instanceof StorageUnavailableException) {
            assertThat(status).isEqualTo(503);
        } else {
            assertThat(status).isBetween(400, 499);
        }
    }
}
