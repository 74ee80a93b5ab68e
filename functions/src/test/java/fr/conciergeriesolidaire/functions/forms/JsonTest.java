package fr.conciergeriesolidaire.functions.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.thirdparty.jackson.core.JsonProcessingException;

class JsonTest {
    @Test
    void givenAnObject_whenRead_thenValuesArePlainJavaOnesInTheirOrder() throws JsonProcessingException {
        Object read = Json.read("{\"b\": \"texte\", \"a\": [1, 2.5, 99999999999999999999, true, null, {}]}");

        assertThat(read).isInstanceOf(JsonObject.class);
        JsonObject object = (JsonObject) read;
        assertThat(object.members()).containsOnlyKeys("b", "a");
        assertThat(object.members().keySet()).containsExactly("b", "a");
        assertThat(object.get("b")).isEqualTo("texte");
        assertThat(object.get("a"))
                .isEqualTo(Arrays.asList(
                        1L,
                        new JsonFraction("2.5"),
                        new BigInteger("99999999999999999999"),
                        true,
                        null,
                        new JsonObject(Map.of())));
    }

    @Test
    void givenNumbersWithHugeOrTinyExponents_whenRead_thenTheyAreKeptAsWrittenNotConverted() throws Exception {
        Object read = Json.read("[1e99999999999, 1e-99999999999, -0, 9223372036854775808, 1E5, -0.0]");

        assertThat(read)
                .isEqualTo(List.of(
                        new JsonFraction("1e99999999999"),
                        new JsonFraction("1e-99999999999"),
                        0L,
                        new BigInteger("9223372036854775808"),
                        new JsonFraction("1E5"),
                        new JsonFraction("-0.0")));
    }

    @Test
    void givenInputAnAttackerMightSend_whenRead_thenItIsRefused() {
        for (String hostile : List.of(
                "{\"a\": 1, \"a\": 2}",
                "{\"a\": 1} {\"b\": 2}",
                "",
                "{\"a\": ",
                "[".repeat(20) + "]".repeat(20),
                "{\"a\": " + "9".repeat(40) + "}")) {
            assertThatThrownBy(() -> Json.read(hostile)).as(hostile).isInstanceOf(JsonProcessingException.class);
        }
    }

    @Test
    void givenOurValues_whenWritten_thenTheyAreCompactJsonInTheirOrder() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", "K7QM-3XPA");
        body.put("lines", List.of(Map.of("quantity", 3), 250L));
        body.put("note", "« guillemets » et \"échappés\"\n");
        body.put("replayed", false);
        body.put("nothing", null);

        assertThat(Json.write(body))
                .isEqualTo("{\"reference\":\"K7QM-3XPA\",\"lines\":[{\"quantity\":3},250],"
                        + "\"note\":\"« guillemets » et \\\"échappés\\\"\\n\",\"replayed\":false,\"nothing\":null}");
    }

    @Test
    void givenAValueOfAnotherType_whenWritten_thenItIsABug() {
        assertThatThrownBy(() -> Json.write(List.of(new Object()))).isInstanceOf(IllegalArgumentException.class);
    }
}
