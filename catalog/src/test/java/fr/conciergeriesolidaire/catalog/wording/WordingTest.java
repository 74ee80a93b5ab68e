package fr.conciergeriesolidaire.catalog.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordingTest {
    @TempDir
    Path folder;

    @Test
    void givenAKeyWrittenTwice_thenLoadingFailsNamingIt() throws Exception {
        Path file = Files.writeString(
                folder.resolve(Wording.FILE),
                "partner.order=Commander ces services\npartner.order=Commande {0}\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Wording.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partner.order");
    }

    @Test
    void givenDistinctKeys_thenEachReadsAsWritten() throws Exception {
        Path file = Files.writeString(
                folder.resolve(Wording.FILE),
                "partner.order=Commander ces services\npartner.otherOrder=Commande {0}\n",
                StandardCharsets.UTF_8);

        Wording wording = Wording.load(file);

        assertThat(wording.get("partner.order")).isEqualTo("Commander ces services");
        assertThat(wording.format("partner.otherOrder", "C-1")).isEqualTo("Commande C-1");
    }
}
