package fr.conciergeriesolidaire.functions.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTypeTest {
    @Test
    void jsonAndFormAreRecognisedInUtf8Only() {
        assertThat(BodyType.of("application/json")).contains(BodyType.JSON);
        assertThat(BodyType.of("Application/JSON; charset=UTF-8")).contains(BodyType.JSON);
        assertThat(BodyType.of("application/x-www-form-urlencoded")).contains(BodyType.FORM);
        assertThat(BodyType.of("application/x-www-form-urlencoded; charset=\"utf-8\""))
                .contains(BodyType.FORM);
        assertThat(BodyType.of("application/json; charset=iso-8859-1")).isEmpty();
        assertThat(BodyType.of("multipart/form-data; boundary=x")).isEmpty();
        assertThat(BodyType.of("text/plain")).isEmpty();
        assertThat(BodyType.of(null)).isEmpty();
    }
}
