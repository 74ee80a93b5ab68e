package fr.conciergeriesolidaire.functions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {
    private final KeyedHash hash = new KeyedHash("unit-tests-secret-of-32-characters-at-least");

    @Test
    void clientKeysAndContentAreHashedSoTheSameContentGivesTheSameKey() {
        IdempotencyKeys keys = new IdempotencyKeys(hash);

        IdempotencyKey withoutJs = keys.of("order", Optional.empty(), "[\"content\"]");
        IdempotencyKey again = keys.of("order", Optional.empty(), "[\"content\"]");
        IdempotencyKey withJs = keys.of("order", Optional.of("0b6f8f5e-3c1e-4a57"), "[\"content\"]");

        assertThat(again).isEqualTo(withoutJs);
        assertThat(withJs.value()).isNotEqualTo(withoutJs.value()).doesNotContain("0b6f8f5e");
        assertThat(withJs.fingerprint()).isEqualTo(withoutJs.fingerprint());
        assertThat(IdempotencyKeys.isWellFormed("0b6f8f5e-3c1e-4a57-9e0c-6f1d2a7b9c10"))
                .isTrue();
        assertThat(IdempotencyKeys.isWellFormed("short")).isFalse();
        assertThat(IdempotencyKeys.isWellFormed("with space and more than sixteen"))
                .isFalse();
    }

    @Test
    void aThingIsKnownOnlyByItsKeyedHash() {
        IdempotencyKeys keys = new IdempotencyKeys(hash);

        assertThat(keys.thing("73282932000074|12 rue de la paix"))
                .isEqualTo(keys.thing("73282932000074|12 rue de la paix"))
                .isNotEqualTo(keys.thing("73282932000074|14 rue de la paix"))
                .doesNotContain("73282932000074")
                .hasSize(64);
    }
}
