package fr.conciergeriesolidaire.functions.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResponseShellTest {
    @Test
    void theTitleIsEscapedAndTheMainHtmlInsertedAsIs() {
        ResponseShell shell = new ResponseShell("<title>@@TITLE@@</title><main id=\"contenu\">@@MAIN@@</main>");

        assertThat(shell.page("A & <b>", "<p>ok</p>"))
                .isEqualTo("<title>A &amp; &lt;b&gt;</title><main id=\"contenu\"><p>ok</p></main>");
    }

    @Test
    void aShellWithoutExactlyOneOfEachTokenIsRefused() {
        assertThatThrownBy(() -> new ResponseShell("<title>@@TITLE@@</title>"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ResponseShell("@@TITLE@@ @@MAIN@@ @@MAIN@@"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePackagedShellIsUsable() {
        assertThat(ResponseShell.fromClasspath().page("Titre", "<p>Corps</p>"))
                .contains("lang=\"fr\"")
                .contains("<p>Corps</p>");
    }
}
