package fr.conciergeriesolidaire.functions.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokensTest {
    private final SecretTokens tokens = new SecretTokens(TestParts.HASH);

    @Test
    void givenNewTokensThenEachHas256RandomBitsInBase64UrlAndOnlyItsKeyedHashIsKept() {
        Set<String> values = new HashSet<>();
        for (int index = 0; index < 1000; index++) {
            SecretToken token = tokens.create();
            assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
            assertThat(token.hash())
                    .matches("[0-9a-f]{64}")
                    .isEqualTo(tokens.hashOf(token.value()).orElseThrow());
            assertThat(token.toString()).doesNotContain(token.value());
            values.add(token.value());
        }
        assertThat(values).hasSize(1000);
    }

    @Test
    void givenAnotherDeploymentsSecretThenTheSameTokenHasAnotherHash() {
        SecretToken token = tokens.create();

        assertThat(new SecretTokens(new KeyedHash("another-deployment-secret-of-32-characters")).hashOf(token.value()))
                .isNotEqualTo(tokens.hashOf(token.value()));
    }

    @Test
    void givenValuesThatCannotBeTokensThenNoHashIsComputed() {
        for (String value : new String[] {
            null,
            "",
            "short",
            "a".repeat(42),
            "a".repeat(44),
            "+".repeat(43),
            "a".repeat(42) + "=",
            "a".repeat(42) + "\n"
        }) {
            assertThat(tokens.hashOf(value)).as(String.valueOf(value)).isEmpty();
        }
    }
}
