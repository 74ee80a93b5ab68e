package fr.conciergeriesolidaire.catalog.compiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.CounterKind;
import fr.conciergeriesolidaire.catalog.PriceTier;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaExpressionsTest {
    private final JavaExpressions expressions = new JavaExpressions();

    @Test
    void givenTextWithQuotesBreaksAndAccents_whenWritten_thenTheLiteralUsesLexerEscapesOnly() {
        assertThat(JavaExpressions.literal("« Dit \"oui\" »\\\n\tfin"))
                .isEqualTo("\"\\u00ab Dit \\\"oui\\\" \\u00bb\\\\\\n\\011fin\"");
    }

    @Test
    void givenPlainValues_whenWritten_thenEachHasItsJavaForm() {
        assertThat(expressions.of(250L)).isEqualTo("250L");
        assertThat(expressions.of(30)).isEqualTo("30");
        assertThat(expressions.of(null)).isEqualTo("null");
        assertThat(expressions.of(CounterKind.COMPANY))
                .isEqualTo("fr.conciergeriesolidaire.catalog.CounterKind.COMPANY");
        assertThat(expressions.of(LocalTime.of(16, 30))).isEqualTo("java.time.LocalTime.of(16, 30, 0, 0)");
        assertThat(expressions.of(Duration.ofHours(48))).isEqualTo("java.time.Duration.ofSeconds(172800L, 0)");
        assertThat(expressions.of(Period.ofMonths(3))).isEqualTo("java.time.Period.of(0, 3, 0)");
    }

    @Test
    void givenRecordsInAList_whenWritten_thenEachIsBuiltByItsOwnMethod() {
        String list = expressions.of(List.of(new PriceTier(50, 800L), new PriceTier(null, 600L)));

        assertThat(list).isEqualTo("java.util.List.of(priceTier1(), priceTier2())");
        assertThat(expressions.methods())
                .containsExactly(
                        "    private static fr.conciergeriesolidaire.catalog.PriceTier priceTier1() {\n"
                                + "        return new fr.conciergeriesolidaire.catalog.PriceTier(50, 800L);\n    }\n",
                        "    private static fr.conciergeriesolidaire.catalog.PriceTier priceTier2() {\n"
                                + "        return new fr.conciergeriesolidaire.catalog.PriceTier(null, 600L);\n    }\n");
        assertThat(expressions.of(new Address("1 rue", "51100", "Reims")))
                .isEqualTo("new fr.conciergeriesolidaire.catalog.Address(\"1 rue\", \"51100\", \"Reims\")");
    }

    @Test
    void givenATypeItDoesNotKnow_whenWritten_thenItRefusesRatherThanGuess() {
        assertThatThrownBy(() -> expressions.of(Optional.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.util.Optional");
    }
}
