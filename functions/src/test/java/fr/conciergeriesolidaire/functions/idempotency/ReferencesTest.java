package fr.conciergeriesolidaire.functions.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.security.KeyedHash;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferencesTest {
    private final KeyedHash hash = new KeyedHash("unit-tests-secret-of-32-characters-at-least");
    private final References references = new References(hash);

    @Test
    void referencesUseOnlyUnambiguousCharacters() {
        String reference = references.candidate(new IdempotencyKey("key", "fp"), 0);

        assertThat(reference).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}");
        assertThat(References.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void theSameKeyGivesTheSameCandidatesAndAnotherAttemptAnotherOne() {
        IdempotencyKey key = new IdempotencyKey("key", "fp");

        assertThat(references.candidate(key, 0)).isEqualTo(references.candidate(key, 0));
        assertThat(references.candidate(key, 1)).isNotEqualTo(references.candidate(key, 0));
    }

    @Test
    void tenThousandKeysGiveTenThousandDistinctReferences() {
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < 10_000; index++) {
            seen.add(references.candidate(new IdempotencyKey("key-" + index, "fp"), 0));
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void typedReferencesAreNormalisedOrRefused() {
        assertThat(References.parse(" k7qm-3xpa ")).contains("K7QM-3XPA");
        assertThat(References.parse("K7QM3XPA")).contains("K7QM-3XPA");
        assertThat(References.parse("K7QM-3XP0")).isEqualTo(Optional.empty());
        assertThat(References.parse("<script>")).isEmpty();
        assertThat(References.parse(null)).isEmpty();
    }

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
}
