package fr.conciergeriesolidaire.functions.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.conciergeriesolidaire.functions.forms.FieldError;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** How a validator refuses one wrong field: that field only, with a French message. */
public final class FieldRefusals {
    private FieldRefusals() {}

    public static void assertOnlyFieldRefused(String field, ThrowingCallable validation) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, validation);

        assertThat(refused).as("refusal of " + field).isNotNull();
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly(field);
        assertThat(Wordings.text(refused.errors().get(0).message()))
                .isNotBlank()
                .doesNotContain("null", "{");
    }
}
