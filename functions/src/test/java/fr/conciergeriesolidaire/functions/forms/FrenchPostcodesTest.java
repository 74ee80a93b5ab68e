package fr.conciergeriesolidaire.functions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchPostcodesTest {
    @ParameterizedTest
    @CsvSource({"51100,51100", "'51 100',51100", "01000,01000", "20000,20000", "97400,97400", "98000,98000"})
    void givenAFrenchPostcode_thenItsFiveDigitsAreKept(String typed, String expected) {
        assertThat(FrenchPostcodes.normalise(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5110", "511000", "00100", "96000", "99000", "5110A", "51-100", "<b>51100</b>"})
    void givenSomethingElse_thenItIsRefused(String typed) {
        assertThat(FrenchPostcodes.normalise(typed)).isEmpty();
    }
}
