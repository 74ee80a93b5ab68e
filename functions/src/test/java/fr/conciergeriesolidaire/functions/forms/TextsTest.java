package fr.conciergeriesolidaire.functions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.testing.Wordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {
    @Test
    void namesAreNormalisedToNfcAndTrimmed() {
        // GIVEN "Hélène" typed with a combining accent and surrounding spaces
        var result = Texts.name("  He\u0301le\u0300ne  ", 60);

        assertThat(result.error()).isEmpty();
        assertThat(result.value()).isEqualTo("Hélène");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jean-Pierre", "N'Diaye", "O’Brien", "Zoë", "Đặng", "Anne Marie", "St. Clair", "Ελένη"})
    void realNamesAreAccepted(String name) {
        assertThat(Texts.name(name, 60).error()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Chloé\r\nBcc: x@y.fr",
                "Chlo\u202Eé",
                "Chl\u200Doé",
                "A\u0000B",
                "\uFEFFAnne",
                "Robert'); DROP TABLE",
                "12345",
                "-Anne",
                "Anne\u2066x\u2069"
            })
    void hostileOrMeaninglessNamesAreRefused(String name) {
        assertThat(Texts.name(name, 60).error()).isPresent();
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        String emojiFree = "é".repeat(60);

        assertThat(Texts.name(emojiFree, 60).error()).isEmpty();
        assertThat(Wordings.error(Texts.name(emojiFree + "e", 60)))
                .contains("Ce champ ne doit pas dépasser 60 caractères.");
    }

    @Test
    void commentsKeepLineBreaksButNotControlCharacters() {
        assertThat(Texts.multiLine("Ligne 1\r\nLigne 2", 500).value()).isEqualTo("Ligne 1\nLigne 2");
        assertThat(Texts.multiLine("Bip\u0007", 500).error()).isPresent();
        assertThat(Texts.singleLine("Bât. B\nappt 3", 100).error()).isPresent();
    }
}
