package fr.conciergeriesolidaire.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerOptionsTest {
    @Test
    void givenNothingThenPort8080AndDataKeptOnDisk() {
        assertThat(RunnerOptions.parse(List.of(), Map.of())).isEqualTo(new RunnerOptions(8080, false));
    }

    @Test
    void givenPortAndInMemoryThenBothAreTaken() {
        assertThat(RunnerOptions.parse(List.of("--in-memory"), Map.of("PORT", " 9090 ")))
                .isEqualTo(new RunnerOptions(9090, true));
    }

    @Test
    void givenABadPortOrAnUnknownOptionThenTheMessageSaysWhatIsWrongInFrench() {
        assertThatThrownBy(() -> RunnerOptions.parse(List.of(), Map.of("PORT", "huit")))
                .isInstanceOf(StartupException.class)
                .hasMessage("PORT doit être un numéro de port (0 à 65535), pas « huit ».");
        assertThatThrownBy(() -> RunnerOptions.parse(List.of("--memoire"), Map.of()))
                .hasMessageContaining("Option inconnue : --memoire");
    }
}
