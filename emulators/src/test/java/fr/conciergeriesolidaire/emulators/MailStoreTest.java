package fr.conciergeriesolidaire.emulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Both mail stores' answers read into the same e-mails (LocalStack's as its /_aws/ses endpoint writes them). */
class MailStoreTest {
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

    @Test
    void givenAwsSesV2LocalsStoreThenEachEmailIsRead() {
        String store = """
                {"emails": [{"messageId": "1", "from": "ne-pas-repondre@exemple.fr",
                  "replyTo": ["contact@exemple.fr"], "destination": {"to": ["alice@exemple.fr"], "cc": [], "bcc": []},
                  "subject": "Commande ABCD-EFGH", "body": {"text": "Bonjour", "html": "<p>Bonjour</p>"},
                  "attachments": [], "at": 1764370000}]}
                """;

        assertThat(MailStore.sesV2Local(() -> NOWHERE).parse(store))
                .containsExactly(new SentMail(
                        "ne-pas-repondre@exemple.fr",
                        java.util.List.of("contact@exemple.fr"),
                        java.util.List.of("alice@exemple.fr"),
                        "Commande ABCD-EFGH",
                        "Bonjour",
                        "<p>Bonjour</p>"));
    }

    @Test
    void givenLocalStacksStoreThenEachEmailIsReadWithoutReplyTo() {
        String store = """
                {"messages": [{"Id": "abc", "Region": "eu-west-3",
                  "Destination": {"ToAddresses": ["alice@exemple.fr"]}, "Source": "ne-pas-repondre@exemple.fr",
                  "Subject": "Commande ABCD-EFGH", "Body": {"text_part": "Bonjour", "html_part": null},
                  "Timestamp": "2026-11-28T22:00:00"}]}
                """;

        assertThat(MailStore.localStack(() -> NOWHERE).parse(store))
                .containsExactly(new SentMail(
                        "ne-pas-repondre@exemple.fr",
                        java.util.List.of(),
                        java.util.List.of("alice@exemple.fr"),
                        "Commande ABCD-EFGH",
                        "Bonjour",
                        null));
    }
}
