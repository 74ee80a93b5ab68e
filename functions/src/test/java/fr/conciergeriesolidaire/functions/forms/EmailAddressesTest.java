package fr.conciergeriesolidaire.functions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {
    @ParameterizedTest
    @CsvSource({
        "prenom.nom@exemple.fr, prenom.nom@exemple.fr",
        "  Prenom.Nom@Exemple.FR , Prenom.Nom@exemple.fr",
        "a+tag@sub.exemple.org, a+tag@sub.exemple.org",
        "hélène@exemple.fr, ",
        "contact@société.fr, contact@xn--socit-esab.fr"
    })
    void commonAddressesAreNormalised(String typed, String expected) {
        if (expected == null) {
            assertThat(EmailAddresses.normalise(typed)).isEmpty();
        } else {
            assertThat(EmailAddresses.normalise(typed)).contains(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pas-une-adresse",
                "a@b",
                "a@@b.fr",
                ".a@b.fr",
                "a..b@c.fr",
                "a@b..fr",
                "a b@c.fr",
                "a@c.fr\r\nBcc: x@y.fr",
                "\"a\"@b.fr",
                "a@[127.0.0.1]",
                "a@-b.fr",
                "a@b.f",
                "<a@b.fr>",
                "a@b.fr,c@d.fr"
            })
    void addressesThatCouldBreakHeadersOrBounceAreRefused(String typed) {
        assertThat(EmailAddresses.normalise(typed)).isEmpty();
    }
}
