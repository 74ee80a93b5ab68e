package fr.conciergeriesolidaire.functions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchPhoneNumbersTest {
    @ParameterizedTest
    @CsvSource({
        "06 12 34 56 78, +33612345678",
        "06.12.34.56.78, +33612345678",
        "06-12-34-56-78, +33612345678",
        "+33 6 12 34 56 78, +33612345678",
        "+33 (0)6 12 34 56 78, +33612345678",
        "0033 6 12 34 56 78, +33612345678",
        "03 26 00 00 00, +33326000000",
        "09 70 00 00 00, +33970000000",
        "0262 12 34 56, +262262123456",
        "0692 12 34 56, +262692123456",
        "0596 12 34 56, +596596123456",
        "+590 690 12 34 56, +590690123456"
    })
    void frenchNumbersBecomeE164(String typed, String expected) {
        assertThat(FrenchPhoneNumbers.toE164(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123",
                "06 12 34 56",
                "06 12 34 56 78 9",
                "00 12 34 56 78",
                "+44 20 7946 0958",
                "+33 0 12 34 56 78",
                "06 12 34 56 7a",
                "06 12 34 56 78 <b>"
            })
    void otherInputsAreRefused(String typed) {
        assertThat(FrenchPhoneNumbers.toE164(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"+33612345678, 06 12 34 56 78", "+262692123456, 06 92 12 34 56", "+441234567890, +441234567890"})
    void storedNumbersReadAsFrenchReadersDialThem(String stored, String shown) {
        assertThat(FrenchPhoneNumbers.toNational(stored)).isEqualTo(shown);
    }
}
