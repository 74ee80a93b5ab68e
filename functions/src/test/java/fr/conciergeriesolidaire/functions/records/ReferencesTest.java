package fr.conciergeriesolidaire.functions.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferencesTest {
    @Test
    void referencesUseOnlyUnambiguousCharacters() {
        String reference = References.candidate("key", 0);

        assertThat(reference).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}");
        assertThat(References.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void theSameSeedGivesTheSameCandidatesAndAnotherAttemptAnotherOne() {
        assertThat(References.candidate("key", 0)).isEqualTo(References.candidate("key", 0));
        assertThat(References.candidate("key", 1)).isNotEqualTo(References.candidate("key", 0));
    }

    @Test
    void tenThousandSeedsGiveTenThousandDistinctReferences() {
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < 10_000; index++) {
            seen.add(References.candidate("key-" + index, 0));
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
}
