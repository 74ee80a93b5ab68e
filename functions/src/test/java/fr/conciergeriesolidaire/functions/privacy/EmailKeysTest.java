package fr.conciergeriesolidaire.functions.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import org.junit.jupiter.api.Test;

class EmailKeysTest {
    private final KeyedHash hash = new KeyedHash(EmulatedAws.HASH_SECRET);
    private final EmailKeys keys = new EmailKeys(hash);

    @Test
    void givenOneMailboxTypedInSeveralWaysThenItHasOneKey() {
        String key = keys.of("chloe.dupont@exemple.fr").orElseThrow();

        assertThat(keys.of("  Chloe.Dupont@EXEMPLE.fr ")).contains(key);
        assertThat(keys.of("chloe.dupont@exemple.fr\t")).contains(key);
        assertThat(keys.of("élise@exemple.fr")).isEmpty();
        assertThat(keys.of("chloe.dupont@exemple.fr").orElseThrow())
                .isNotEqualTo(keys.of("chloe.dupond@exemple.fr").orElseThrow());
    }

    @Test
    void givenAnInternationalDomainInEitherUnicodeFormThenBothGiveTheKeyOfItsAsciiForm() {
        String composed = "marie@b\u00e9b\u00e9.fr";
        String decomposed = "marie@be\u0301be\u0301.fr";

        assertThat(keys.of(decomposed)).isEqualTo(keys.of(composed)).isEqualTo(keys.of("marie@xn--bb-bjab.fr"));
    }

    @Test
    void givenTheSameAddressThenItsKeyIsNeitherTheAddressNorAnotherPurposesHash() {
        String key = keys.of("chloe.dupont@exemple.fr").orElseThrow();

        assertThat(key).hasSize(64).doesNotContain("chloe");
        assertThat(key).isNotEqualTo(hash.hex("member-email", "chloe.dupont@exemple.fr"));
    }

    @Test
    void givenSomethingThatIsNoAddressThenThereIsNoKey() {
        assertThat(keys.of("pas une adresse")).isEmpty();
        assertThat(keys.of("a@b\r\nBcc: x@y.fr")).isEmpty();
    }
}
