package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.conciergeriesolidaire.catalog.CompanyOffer;
import fr.conciergeriesolidaire.catalog.PriceTier;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The company sign-up page holds the field contract of POST /api/subscriptions (the functions' SubscriptionFields),
 * shows the offer from offer.yaml, and gives its script the same numbers the server quotes from.
 */
class SignupFormTest {
    /** The API's field names, in the page's order; each control's id is its name (error links point at it). */
    private static final List<String> API_FIELDS = List.of(
            "company",
            "siret",
            "companyStreet",
            "companyPostcode",
            "companyCity",
            "employees",
            "siteAddress",
            "siteStreet",
            "sitePostcode",
            "siteCity",
            "startDate",
            "firstName",
            "lastName",
            "phone",
            "email",
            "role",
            "message",
            "consent",
            "website",
            "startedAt",
            "idempotencyKey");

    private static final SiteData DATA = SiteDataLoader.fromDirectory(Path.of("data"));
    private static final CompanyOffer OFFER = DATA.offer().company();
    private final Document page = BakedSite.MAIN.page("/entreprises/inscription/");
    private final Element form = page.selectFirst("form#adhesion");

    @Test
    void givenTheForm_thenItPostsToTheApiAndWorksWithoutScript() {
        SiteChecks.assertFormPostsWithoutScript(
                page, form, "/api/subscriptions", "/scripts/formulaires.js", "/scripts/adhesion.js");
        assertThat(form.attr("data-confirmation")).isEqualTo("/api/subscriptions/confirmation");
    }

    @Test
    void givenTheControls_thenTheirNamesAreTheApiFieldsAndEachIdIsItsName() {
        Set<String> names = new LinkedHashSet<>(form.select("[name]").eachAttr("name"));
        assertThat(names).containsExactlyElementsOf(API_FIELDS);
        for (String name : API_FIELDS) {
            Element control = form.getElementById(name);
            assertThat(control).as("#" + name).isNotNull();
            assertThat(control.attr("name")).isEqualTo(name);
        }
    }

    @Test
    void givenEveryVisibleControl_thenItHasALabelAndItsHelpIsTiedToIt() {
        List<String> unlabelled = new ArrayList<>();
        for (Element control : form.select("input:not([type=hidden]), textarea, select")) {
            if (page.select("label[for=" + control.id() + "]").isEmpty()) {
                unlabelled.add(control.id());
            }
            for (String described : control.attr("aria-describedby").split(" ")) {
                assertThat(described.isEmpty() || page.getElementById(described) != null)
                        .as(control.id() + " described by #" + described)
                        .isTrue();
            }
        }
        assertThat(unlabelled).isEmpty();
        assertThat(form.select("fieldset > legend").eachText())
                .contains("Votre entreprise", "Le site où viendrait le concierge", "Personne à contacter");
    }

    @Test
    void givenTheAddressesAndContact_thenBrowsersCanFillThemIn() {
        assertThat(form.getElementById("company").attr("autocomplete")).isEqualTo("organization");
        assertThat(form.getElementById("companyStreet").attr("autocomplete"))
                .isEqualTo("section-entreprise address-line1");
        assertThat(form.getElementById("sitePostcode").attr("autocomplete")).isEqualTo("section-site postal-code");
        assertThat(form.getElementById("role").attr("autocomplete")).isEqualTo("organization-title");
        assertThat(form.getElementById("phone").attr("type")).isEqualTo("tel");
        assertThat(form.getElementById("email").attr("type")).isEqualTo("email");
    }

    @Test
    void givenTheSiteChoice_thenTheCompanyAddressIsTheDefaultAndTheOtherAddressIsOptional() {
        assertThat(form.select("input[name=siteAddress]").eachAttr("value")).containsExactly("same", "other");
        assertThat(form.getElementById("siteAddress").hasAttr("checked")).isTrue();
        for (String name : List.of("siteStreet", "sitePostcode", "siteCity")) {
            assertThat(form.getElementById(name).hasAttr("required")).as(name).isFalse();
        }
    }

    @Test
    void givenTheBounds_thenTheyComeFromOfferAndPoliciesYaml() {
        Element employees = form.getElementById("employees");
        assertThat(employees.attr("type")).isEqualTo("number");
        assertThat(employees.attr("min")).isEqualTo(Integer.toString(OFFER.minEmployees()));
        assertThat(employees.attr("max")).isEqualTo(Integer.toString(OFFER.maxEmployees()));
        assertThat(form.getElementById("message").attr("maxlength"))
                .isEqualTo(Integer.toString(DATA.policies().subscriptions().messageMaxLength()));
        assertThat(form.getElementById("startDate").attr("type")).isEqualTo("date");
        Element estimate = page.getElementById("estimation");
        assertThat(estimate.attr("aria-live")).isEqualTo("polite");
    }

    @Test
    void givenTheDataBlock_thenItCarriesOfferYamlsPricingForTheEstimate() throws Exception {
        JsonNode data = new ObjectMapper()
                .readTree(page.getElementById("donnees-adhesion").data());

        List<PriceTier> tiers = new ArrayList<>();
        data.path("tiers")
                .forEach(tier -> tiers.add(new PriceTier(
                        tier.path("upToEmployees").isNull()
                                ? null
                                : tier.path("upToEmployees").asInt(),
                        tier.path("monthlyCentsPerEmployee").asLong())));
        assertThat(tiers).isEqualTo(OFFER.tiers());
        assertThat(data.path("minimumMonthlyCents").asLong()).isEqualTo(OFFER.minimumMonthlyCents());
        assertThat(data.path("minEmployees").asInt()).isEqualTo(OFFER.minEmployees());
        assertThat(data.path("maxEmployees").asInt()).isEqualTo(OFFER.maxEmployees());
        assertThat(data.path("maxStartAdvanceDays").asInt())
                .isEqualTo(DATA.policies().subscriptions().maxStartAdvance().getDays());
    }

    @Test
    void givenThePage_thenItSaysWhatTheSubscriptionIncludesAndItsPrices() {
        assertThat(page.select("section[aria-labelledby=comprend] li").eachText())
                .containsExactlyElementsOf(OFFER.includes());
        assertThat(BakedSite.text(
                        page.select("section[aria-labelledby=tarifs] table").first()))
                .contains("De 1 à 49 salariés", "6,00\u00a0€");
    }
}
