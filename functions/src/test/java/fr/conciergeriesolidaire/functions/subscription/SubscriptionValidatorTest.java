package fr.conciergeriesolidaire.functions.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.testing.FieldRefusals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every field of the company sign-up, one rule at a time, with the site's real data (offer.yaml, policies.yaml). */
class SubscriptionValidatorTest {
    private static final Instant NOW = Instant.parse(SubscriptionEvents.NOW);
    private final SubscriptionValidator validator = new SubscriptionValidator(PackagedSiteData.data());

    private SubscriptionRequest validate(ObjectNode json, Instant now) {
        return validator.validate(SubmittedFields.ofJson(json.toString()), now);
    }

    @Test
    void givenAValidSignUp_thenItIsNormalisedAndQuotedFromOfferYamlIgnoringAnyPriceSent() {
        ObjectNode json = SubscriptionEvents.valid();
        json.put("siret", " 732\u00a0829 320 00074 ");
        json.put("email", " Helene.Dubois@Imprimerie.EXAMPLE ");
        json.put("monthlyCents", 1);
        json.putObject("quote").put("monthlyCents", 1).put("employees", 120);

        SubscriptionRequest request = validate(json, NOW);

        assertThat(request.siret()).isEqualTo("73282932000074");
        assertThat(request.contact().phone()).isEqualTo("+33353012345");
        assertThat(request.contact().email()).isEqualTo("Helene.Dubois@imprimerie.example");
        assertThat(request.site()).isEqualTo(new Address("12 rue de la Paix", "51100", "Reims"));
        assertThat(request.otherSite()).isEmpty();
        // 49 × 6 € + 71 × 5 € = 649 € HT a month, for 12 months
        assertThat(request.quote().monthlyCents()).isEqualTo(64_900);
        assertThat(request.quote().minimumApplied()).isFalse();
        assertThat(request.quote().commitmentTotalCents()).isEqualTo(12 * 64_900);
        assertThat(request.clientKey()).contains(json.path("idempotencyKey").asText());
    }

    @ParameterizedTest
    @CsvSource({
        "10,15000,true",
        "24,15000,true",
        "25,15000,false",
        "26,15600,false",
        "50,29900,false",
        "300,149800,false"
    })
    void givenAHeadcount_thenTheQuoteIsTheGraduatedPriceOrTheMinimum(int employees, long cents, boolean minimum) {
        ObjectNode json = SubscriptionEvents.valid();
        json.put("employees", employees);

        var quote = validate(json, NOW).quote();

        assertThat(quote.monthlyCents()).isEqualTo(cents);
        assertThat(quote.minimumApplied()).isEqualTo(minimum);
    }

    @Test
    void givenAnotherSite_thenItsAddressIsKeptAndItIsTheSiteOfTheSignUp() {
        ObjectNode json = SubscriptionEvents.valid();
        json.put("siteAddress", "other")
                .put("siteStreet", "  3 allée des Vignes,   bâtiment B ")
                .put("sitePostcode", "51 100")
                .put("siteCity", "Reims");

        SubscriptionRequest request = validate(json, NOW);

        assertThat(request.site()).isEqualTo(new Address("3 allée des Vignes, bâtiment B", "51100", "Reims"));
    }

    @Test
    void givenTheSameSiteTypedDifferently_thenItIsTheSameEstablishmentSite() {
        ObjectNode same = SubscriptionEvents.valid();
        ObjectNode typed = SubscriptionEvents.valid();
        typed.put("siteAddress", "other")
                .put("siteStreet", "12, Rue de la  PAIX")
                .put("sitePostcode", "51 100")
                .put("siteCity", "REIMS");
        ObjectNode elsewhere = SubscriptionEvents.valid();
        elsewhere
                .put("siteAddress", "other")
                .put("siteStreet", "14 rue de la Paix")
                .put("sitePostcode", "51100")
                .put("siteCity", "Reims");

        assertThat(validate(typed, NOW).establishmentSite())
                .isEqualTo(validate(same, NOW).establishmentSite());
        assertThat(validate(elsewhere, NOW).establishmentSite())
                .isNotEqualTo(validate(same, NOW).establishmentSite());
    }

    @Test
    void givenTheSameSignUpWithAnotherKey_thenTheCanonicalContentIsTheSame() {
        ObjectNode first = SubscriptionEvents.valid();
        ObjectNode second = SubscriptionEvents.valid();
        second.put("siret", "73282932000074").put("phone", "+33 3 53 01 23 45");

        assertThat(validate(second, NOW).canonical())
                .isEqualTo(validate(first, NOW).canonical());
        second.put("employees", 121);
        assertThat(validate(second, NOW).canonical())
                .isNotEqualTo(validate(first, NOW).canonical());
    }

    @Test
    void givenAPlainFormPost_thenTheSiteChoiceAndHeadcountAreReadFromText() {
        var fields =
                SubmittedFields.ofForm("company=Garage+Solidaire&siret=356+000+000+49837&companyStreet=8+avenue+de+Laon"
                        + "&companyPostcode=51100&companyCity=Reims&employees=45&siteAddress=same&siteStreet=ignored"
                        + "&startDate=2026-03-02&firstName=Jos%C3%A9&lastName=Petit&role=G%C3%A9rant&phone=0611223344"
                        + "&email=jose%40garage.example&message=&consent=yes&website=&startedAt=&idempotencyKey=");

        SubscriptionRequest request = validator.validate(fields, NOW);

        assertThat(request.employees()).isEqualTo(45);
        assertThat(request.otherSite()).isEmpty();
        assertThat(request.startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(request.message()).isEmpty();
        assertThat(request.clientKey()).isEmpty();
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                field("company", json -> json.remove("company")),
                field("company", json -> json.put("company", "   ")),
                field("company", json -> json.put("company", "C".repeat(121))),
                field("company", json -> json.put("company", "Imprimerie\r\nBcc: x@y.fr")),
                field("company", json -> json.put("company", "Impri\u202Emerie")),
                field("company", json -> json.put("company", "1234")),
                field("company", json -> json.put("company", "<script>alert(1)</script>")),
                field("company", json -> json.put("company", 42)),
                field("siret", json -> json.remove("siret")),
                field("siret", json -> json.put("siret", "73282932000075")),
                field("siret", json -> json.put("siret", "732 829 320")),
                field("siret", json -> json.put("siret", "732.829.320.00074")),
                field("siret", json -> json.put("siret", 73282932000074L)),
                field("companyStreet", json -> json.remove("companyStreet")),
                field("companyStreet", json -> json.put("companyStreet", "12")),
                field("companyStreet", json -> json.put("companyStreet", "r".repeat(121))),
                field("companyPostcode", json -> json.put("companyPostcode", "5110")),
                field("companyPostcode", json -> json.put("companyPostcode", "99000")),
                field("companyCity", json -> json.remove("companyCity")),
                field("companyCity", json -> json.put("companyCity", "Reims\nParis")),
                field("employees", json -> json.remove("employees")),
                field("employees", json -> json.put("employees", 9)),
                field("employees", json -> json.put("employees", 10_001)),
                field("employees", json -> json.put("employees", -5)),
                field("employees", json -> json.put("employees", 12.5)),
                field("employees", json -> json.put("employees", "120")),
                field("employees", json -> json.put("employees", 99_999_999_999L)),
                field("siteAddress", json -> json.remove("siteAddress")),
                field("siteAddress", json -> json.put("siteAddress", "ailleurs")),
                field(
                        "siteStreet",
                        json -> json.put("siteAddress", "other")
                                .put("sitePostcode", "51100")
                                .put("siteCity", "Reims")),
                field(
                        "sitePostcode",
                        json -> json.put("siteAddress", "other")
                                .put("siteStreet", "3 allée des Vignes")
                                .put("sitePostcode", "ABCDE")
                                .put("siteCity", "Reims")),
                field(
                        "siteCity",
                        json -> json.put("siteAddress", "other")
                                .put("siteStreet", "3 allée des Vignes")
                                .put("sitePostcode", "51100")),
                field("startDate", json -> json.remove("startDate")),
                field("startDate", json -> json.put("startDate", "2026-03-01")),
                field("startDate", json -> json.put("startDate", "2027-03-03")),
                field("startDate", json -> json.put("startDate", "01/04/2026")),
                field("startDate", json -> json.put("startDate", "2026-02-30")),
                field("firstName", json -> json.put("firstName", "<script>")),
                field("lastName", json -> json.remove("lastName")),
                field("role", json -> json.remove("role")),
                field("role", json -> json.put("role", "R".repeat(81))),
                field("role", json -> json.put("role", "RH\u200D")),
                field("phone", json -> json.put("phone", "12345")),
                field("email", json -> json.put("email", "helene@imprimerie")),
                field("email", json -> json.put("email", "helene@imprimerie.example\nBcc: x@y.fr")),
                field("message", json -> json.put("message", "é".repeat(2001))),
                field("message", json -> json.put("message", "Bonjour\u0007")),
                field("consent", json -> json.put("consent", false)),
                field("consent", json -> json.remove("consent")),
                field("idempotencyKey", json -> json.put("idempotencyKey", "short")));
    }

    private static Arguments field(String name, Consumer<ObjectNode> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}: {index}")
    @MethodSource("invalidFields")
    void givenOneInvalidField_thenOnlyItIsRefusedWithAFrenchMessage(String field, Consumer<ObjectNode> change) {
        ObjectNode json = SubscriptionEvents.valid();
        change.accept(json);

        FieldRefusals.assertOnlyFieldRefused(field, () -> validate(json, NOW));
    }

    @Test
    void givenLateEveningInUtc_thenTodayIsTheDateInParis() {
        // 23:30 UTC on 1 March is 00:30 on 2 March in Paris: 1 March is already past there
        Instant lateEvening = Instant.parse("2026-03-01T23:30:00Z");
        ObjectNode yesterdayInParis = SubscriptionEvents.valid();
        yesterdayInParis.put("startDate", "2026-03-01");
        ObjectNode todayInParis = SubscriptionEvents.valid();
        todayInParis.put("startDate", "2026-03-02");

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> validate(yesterdayInParis, lateEvening)))
                .isNotNull();
        assertThat(validate(todayInParis, lateEvening).startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void givenTheLastDayAllowed_thenItIsAccepted() {
        ObjectNode json = SubscriptionEvents.valid();
        json.put("startDate", "2027-03-02");

        assertThat(validate(json, NOW).startDate()).isEqualTo(LocalDate.of(2027, 3, 2));
    }
}
