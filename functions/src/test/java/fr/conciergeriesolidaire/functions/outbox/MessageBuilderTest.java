package fr.conciergeriesolidaire.functions.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageBuilderTest {
    @Test
    void userTextIsEscapedInHtmlAndLeftAsIsInText() {
        Email email = new MessageBuilder()
                .paragraph("Bonjour <script>alert(1)</script>,")
                .details(Map.of("Commentaire", "a & b\n\"c\""))
                .list(List.of("<img src=x>"))
                .build(List.of("a@exemple.fr"), "Sujet");

        assertThat(email.html())
                .contains("Bonjour &lt;script&gt;alert(1)&lt;/script&gt;,")
                .contains("a &amp; b<br>\n&quot;c&quot;")
                .contains("&lt;img src=x&gt;")
                .doesNotContain("<script>")
                .contains("<html lang=\"fr\">");
        assertThat(email.text()).contains("Bonjour <script>alert(1)</script>,").contains("- <img src=x>");
    }

    @Test
    void subjectsCannotCarryLineBreaks() {
        Email email = new Email(List.of("a@exemple.fr"), "Commande\r\nBcc: x@y.fr", "t", "h");

        assertThat(email.subject()).isEqualTo("Commande Bcc: x@y.fr");
    }
}
