package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.FieldError;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.testing.FieldRefusals;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import fr.conciergeriesolidaire.functions.testing.Wordings;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every field of the order form, one rule at a time, with the site's real data. */
class OrderValidatorTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final OrderValidator validator = new OrderValidator(PackagedSiteData.data());

    private static ObjectNode valid() {
        try {
            return (ObjectNode) JsonTrees.MAPPER.readTree(
                    OrderEvents.validJson("Hélène", "helene@exemple.fr", "0b6f8f5e-3c1e-4a57-9e0c"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aValidOrderIsNormalisedAndPricedFromTheCatalogue() {
        ObjectNode json = valid();
        json.put("email", "  Helene@Exemple.FR ");
        ((ObjectNode) json.withArray("lines").get(0)).put("unitPriceCents", 1);

        OrderRequest request = validator.validate(SubmittedFields.ofJson(json.toString()), NOW);

        assertThat(request.counterId()).isEqualTo("comptoir-tilleuls");
        assertThat(request.customer().contact().phone()).isEqualTo("+33612345678");
        assertThat(request.customer().contact().email()).isEqualTo("Helene@exemple.fr");
        assertThat(request.lines())
                .extracting(OrderLine::partnerId)
                .containsExactly("atelier-repassage", "cordonnerie-solidaire");
        assertThat(request.lines().get(0).unitPriceCents()).isEqualTo(250);
        assertThat(request.totalCents()).isEqualTo(3 * 250 + 1800);
        assertThat(request.slot().start()).isEqualTo(Instant.parse("2026-03-10T15:30:00Z"));
        assertThat(request.clientKey()).contains("0b6f8f5e-3c1e-4a57-9e0c");
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                field("counter", json -> json.remove("counter")),
                field("counter", json -> json.put("counter", "comptoir-inconnu")),
                field("counter", json -> json.put("counter", 3)),
                field("lines", json -> json.putArray("lines")),
                field("lines", json -> json.put("lines", "repassage-chemise")),
                field("lines", json -> json.putArray("lines").add("repassage-chemise")),
                field(
                        "lines",
                        json -> json.putArray("lines")
                                .addObject()
                                .put("service", "inconnu")
                                .put("quantity", 1)),
                field("lines", json -> {
                    var lines = json.putArray("lines");
                    lines.addObject().put("service", "talons").put("quantity", 1);
                    lines.addObject().put("service", "talons").put("quantity", 2);
                }),
                field(
                        "lines",
                        json -> json.putArray("lines")
                                .addObject()
                                .put("service", "talons")
                                .put("quantity", "deux")),
                field(
                        "lines",
                        json -> json.putArray("lines")
                                .addObject()
                                .put("service", "talons")
                                .put("quantity", 1.5)),
                field(
                        "lines",
                        json -> json.putArray("lines")
                                .addObject()
                                .put("service", "talons")
                                .put("quantity", 0)),
                field(
                        "quantity.talons",
                        json -> json.putArray("lines")
                                .addObject()
                                .put("service", "talons")
                                .put("quantity", -1)),
                field(
                        "quantity.talons",
                        json -> json.putArray("lines")
                                .addObject()
                                .put("service", "talons")
                                .put("quantity", 6)),
                field(
                        "quantity.menage-domicile",
                        json -> json.putArray("lines")
                                .addObject()
                                .put("service", "menage-domicile")
                                .put("quantity", 1)),
                field(
                        "quantity.revision-velo",
                        json -> json.putArray("lines")
                                .addObject()
                                .put("service", "revision-velo")
                                .put("quantity", 1)),
                field("date", json -> json.put("date", "2026-03-11")),
                field("window", json -> json.put("window", "18:00-18:30")),
                field("firstName", json -> json.remove("firstName")),
                field("firstName", json -> json.put("firstName", "   ")),
                field("firstName", json -> json.put("firstName", "A".repeat(61))),
                field("firstName", json -> json.put("firstName", "<script>")),
                field("lastName", json -> json.put("lastName", "Mar\u202Etin")),
                field("lastName", json -> json.put("lastName", "Martin\nBcc: x@y.fr")),
                field("phone", json -> json.put("phone", "0044 20 7946 0958")),
                field("phone", json -> json.remove("phone")),
                field("email", json -> json.put("email", "helene@exemple")),
                field("email", json -> json.put("email", "helene@exemple.fr\nBcc: x@y.fr")),
                field("building", json -> json.put("building", "B".repeat(101))),
                field("building", json -> json.put("building", "Bât. B\nappt 3")),
                field("comment", json -> json.put("comment", "é".repeat(501))),
                field("comment", json -> json.put("comment", "Merci\u0000")),
                field("consent", json -> json.put("consent", false)),
                field("consent", json -> json.remove("consent")),
                field("consent", json -> json.put("consent", "yes")),
                field("idempotencyKey", json -> json.put("idempotencyKey", "short")),
                field("idempotencyKey", json -> json.put("idempotencyKey", "a key with spaces in it")));
    }

    @ParameterizedTest(name = "{0}: {index}")
    @MethodSource("invalidFields")
    void eachFieldIsValidatedWithAFrenchMessageTiedToIt(String field, Consumer<ObjectNode> change) {
        ObjectNode json = valid();
        change.accept(json);

        FieldRefusals.assertOnlyFieldRefused(
                field, () -> validator.validate(SubmittedFields.ofJson(json.toString()), NOW));
    }

    @Test
    void aFormPostNamesQuantitiesPerServiceAndIgnoresEmptyOnes() {
        var fields = SubmittedFields.ofForm(
                "counter=comptoir-canal&quantity.revision-velo=2&quantity.talons=&quantity.ourlet-pantalon=0"
                        + "&date=2026-03-11&window=14%3A30-15%3A00&firstName=Jos%C3%A9&lastName=Petit&phone=0611223344"
                        + "&email=jose%40exemple.fr&consent=yes");

        OrderRequest request = validator.validate(fields, NOW);

        assertThat(request.lines()).singleElement().satisfies(line -> {
            assertThat(line.serviceId()).isEqualTo("revision-velo");
            assertThat(line.totalCents()).isEqualTo(7000);
        });
        assertThat(request.clientKey()).isEmpty();
    }

    @Test
    void aFormQuantityThatIsNotANumberIsRefusedOnItsField() {
        var fields = SubmittedFields.ofForm(
                "counter=comptoir-canal&quantity.revision-velo=deux&date=2026-03-11"
                        + "&window=14%3A30-15%3A00&firstName=Jos%C3%A9&lastName=Petit&phone=0611223344&email=jose%40exemple.fr&consent=yes");

        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> validator.validate(fields, NOW));

        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("quantity.revision-velo");
    }

    @Test
    void tooManyLinesAreRefused() {
        ObjectNode json = valid();
        var lines = json.putArray("lines");
        for (int index = 0; index < 21; index++) {
            lines.addObject().put("service", "service-" + index).put("quantity", 1);
        }

        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class, () -> validator.validate(SubmittedFields.ofJson(json.toString()), NOW));

        assertThat(refused.errors())
                .extracting(error -> Wordings.text(error.message()))
                .containsExactly("Une commande compte au plus 20 services différents.");
    }

    @Test
    void theCanonicalContentIgnoresLineOrderAndFormatting() {
        ObjectNode reordered = valid();
        var lines = reordered.putArray("lines");
        lines.addObject().put("service", "talons").put("quantity", 1);
        lines.addObject().put("service", "repassage-chemise").put("quantity", 3);
        reordered.put("phone", "+33 6 12 34 56 78");

        assertThat(validator
                        .validate(SubmittedFields.ofJson(reordered.toString()), NOW)
                        .canonical())
                .isEqualTo(validator
                        .validate(SubmittedFields.ofJson(valid().toString()), NOW)
                        .canonical());
    }

    private static Arguments field(String name, Consumer<ObjectNode> change) {
        return Arguments.of(name, change);
    }
}
