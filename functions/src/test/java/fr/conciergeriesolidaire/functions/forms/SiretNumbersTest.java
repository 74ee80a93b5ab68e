package fr.conciergeriesolidaire.functions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.testing.Wordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretNumbersTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "73282932000074",
                "732 829 320 00074",
                " 732829320 00074 ",
                "732\u00a0829\u00a0320\u00a000074",
                "732\u202f829\u202f320\u202f00074",
                "7328\t2932000074"
            })
    void givenAValidSiretTypedWithOrWithoutSpaces_thenItsFourteenDigitsAreKept(String typed) {
        Checked siret = SiretNumbers.check(typed);

        assertThat(siret.error()).isEmpty();
        assertThat(siret.value()).isEqualTo("73282932000074");
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "73282932000047", "37282932000074", "00000000000000"})
    void givenAWrongCheckKey_thenItIsRefusedAsNonExistent(String typed) {
        assertThat(Wordings.error(SiretNumbers.check(typed)))
                .hasValueSatisfying(message -> assertThat(message).contains("clé de contrôle"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "732.829.320.00074",
                "732-829-320-00074",
                "732829320/00074",
                "7328293200007A",
                "SIRET 73282932000074"
            })
    void givenSeparatorsOtherThanSpacesOrLetters_thenOnlyDigitsAreAsked(String typed) {
        assertThat(Wordings.error(SiretNumbers.check(typed)))
                .contains("Le numéro SIRET ne contient que des chiffres (les espaces sont acceptés).");
    }

    @Test
    void givenTheWrongNumberOfDigits_thenTheMessageSaysHowManyWereTyped() {
        assertThat(Wordings.error(SiretNumbers.check("732 829 320")))
                .contains("Un numéro SIRET compte 14 chiffres\u00a0; vous en avez saisi 9.");
        assertThat(Wordings.error(SiretNumbers.check("7328293200007400")))
                .hasValueSatisfying(message -> assertThat(message).endsWith("vous en avez saisi 16."));
        assertThat(SiretNumbers.check("1".repeat(41)).error()).isPresent();
    }

    @Test
    void givenLaPoste_thenAnEstablishmentWhoseDigitsAddUpToAMultipleOfFiveIsValidWithoutLuhn() {
        // 3+5+6+4+9+8+3+7 = 45: La Poste's rule; the Luhn sum of these digits is 48, so Luhn alone would refuse it
        assertThat(Wordings.error(SiretNumbers.check("356 000 000 49837"))).isEmpty();
        // La Poste's head office follows Luhn, and its digit sum (26) is no multiple of 5: still valid
        assertThat(Wordings.error(SiretNumbers.check("35600000000048"))).isEmpty();
    }

    @Test
    void givenLaPoste_thenAnEstablishmentFailingBothRulesIsRefused() {
        assertThat(Wordings.error(SiretNumbers.check("35600000049838"))).isPresent();
    }

    @Test
    void givenAnotherCompany_thenADigitSumMultipleOfFiveIsNoExcuseForABadKey() {
        // 7+3+2+8+2+9+3+2+7+2 = 45, but the SIREN is not La Poste's and the Luhn key is wrong
        assertThat(Wordings.error(SiretNumbers.check("73282932000072"))).isPresent();
    }

    @Test
    void givenASiret_thenItIsDisplayedAsInseePrintsIt() {
        assertThat(SiretNumbers.display("73282932000074")).isEqualTo("732\u00a0829\u00a0320\u00a000074");
    }
}
