package fr.conciergeriesolidaire.functions.http;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.forms.DuplicateSubmissionException;
import fr.conciergeriesolidaire.functions.forms.FieldError;
import fr.conciergeriesolidaire.functions.forms.FieldLabels;
import fr.conciergeriesolidaire.functions.forms.IdempotencyConflictException;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.Message;
import fr.conciergeriesolidaire.functions.forms.SubmissionLimitReachedException;
import fr.conciergeriesolidaire.functions.forms.TooManyRequestsException;
import fr.conciergeriesolidaire.functions.records.StorageUnavailableException;
import fr.conciergeriesolidaire.functions.templates.Templates;
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
            Templates.packaged(),
            new FormPage("/formulaire/", new FieldLabels(Templates.packaged().wording(), "signup") {
                @Override
                public String of(String field) {
                    return "Champ «\u00a0" + field + "\u00a0» & <autre>";
                }
            }));

    @BeforeAll
    static void theShellIsTheSites() {
        ValidHtml.assertTheShellIsTheSites();
    }

    static Stream<RuntimeException> failures() {
        return Stream.of(
                new InvalidInputException(List.of(
                        new FieldError("company", Message.of("error.noAngleBrackets")),
                        new FieldError("quantity.talons", Message.of("order.quantity.range", 5)))),
                InvalidInputException.unreadable("answer.unreadable.json"),
                new IdempotencyConflictException(),
                new DuplicateSubmissionException(
                        "K7QM-3XPA", Message.of("signup.alreadyPending", "K7QM-3XPA", "contact@exemple.fr & co")),
                new SubmissionLimitReachedException(),
                new PayloadTooLargeException(16_384),
                new UnsupportedMediaTypeException(),
                new TooManyRequestsException(Duration.ofMinutes(12), "answer.throttled"),
                new TooManyRequestsException(Duration.ofHours(20), "answer.tooManyConfirmations"),
                new NotThroughCloudFrontException(),
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
