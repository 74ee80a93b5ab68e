package fr.conciergeriesolidaire.functions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.records.References;
import fr.conciergeriesolidaire.functions.testing.HostileValues;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every rule of a field takes any text and answers a value or a message: it never throws. */
class RulesPropertiesTest {
    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void givenAnyText_thenEveryRuleAnswersAValueOrAMessage(@ForAll("texts") String text) {
        for (Checked checked : new Checked[] {
            Texts.name(text, 60), Texts.singleLine(text, 120), Texts.multiLine(text, 1000), SiretNumbers.check(text)
        }) {
            assertThat(checked.value() != null ^ checked.error().isPresent())
                    .as(text)
                    .isTrue();
        }
        FrenchPhoneNumbers.toE164(text);
        EmailAddresses.normalise(text);
        FrenchPostcodes.normalise(text);
        References.parse(text);
        IdempotencyKeys.isWellFormed(text);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void givenAnyAcceptedText_thenItHoldsNoHiddenCharacterAndRespectsItsLength(@ForAll("texts") String text) {
        Checked line = Texts.singleLine(text, 120);
        if (line.error().isEmpty()) {
            assertThat(line.value().codePoints().filter(Texts::isHidden)).isEmpty();
            assertThat(line.value().codePointCount(0, line.value().length())).isLessThanOrEqualTo(120);
            assertThat(line.value()).doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return HostileValues.strings();
    }
}
