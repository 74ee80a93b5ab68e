package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.catalog.Service;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The order form follows the field contract of COMMON.md, from the same data the API reads. */
class OrderFormTest {
    private static final SiteData DATA = SiteDataLoader.fromDirectory(Path.of("data"));
    private final Document page = BakedSite.MAIN.page("/commander/");
    private final Element form = page.selectFirst("form#commande");

    @Test
    void givenTheForm_thenItPostsToTheApiAndWorksWithoutScript() {
        SiteChecks.assertFormPostsWithoutScript(
                page, form, "/api/orders", "/scripts/formulaires.js", "/scripts/commande.js");
    }

    @Test
    void givenEveryCounter_thenItIsARadioChoiceDescribedByItsHours() {
        List<String> values = form.select("input[type=radio][name=counter]").eachAttr("value");
        assertThat(values)
                .containsExactlyElementsOf(
                        DATA.counters().stream().map(Counter::id).toList());
        assertThat(form.select("input[name=counter]").first().id()).isEqualTo("counter");
        for (Element radio : form.select("input[name=counter]")) {
            Element description = page.getElementById(radio.attr("aria-describedby"));
            assertThat(description.select(".hours li")).isNotEmpty();
        }
    }

    @Test
    void givenEveryActiveService_thenItHasAQuantityFieldWithItsPriceAndMaximum() {
        List<String> expected = new ArrayList<>();
        for (Partner partner : DATA.partners()) {
            for (Service service : partner.services()) {
                if (!service.isActive()) {
                    assertThat(form.getElementById("quantity." + service.id())).isNull();
                    continue;
                }
                expected.add("quantity." + service.id());
                Element input = form.getElementById("quantity." + service.id());
                assertThat(input.attr("type")).isEqualTo("number");
                assertThat(input.attr("min")).isEqualTo("0");
                assertThat(input.attr("max")).isEqualTo(Integer.toString(service.maxQuantity()));
                String detail = BakedSite.text(page.getElementById(input.attr("aria-describedby")));
                assertThat(detail).contains(price(service.priceCents()), service.unit());
            }
        }
        assertThat(form.select("input[name^=quantity.]").eachAttr("name"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String price(long cents) {
        return String.format("%d,%02d\u00a0€", cents / 100, cents % 100);
    }

    @Test
    void givenTheSlot_thenTheWindowsAreEveryCountersSlotsLabelledInFrench() {
        assertThat(form.selectFirst("input[name=date]").attr("type")).isEqualTo("date");
        var options = form.select("select[name=window] option");
        assertThat(options.first().val()).isEmpty();
        List<String> windows = options.eachAttr("value").subList(1, options.size());
        assertThat(windows)
                .allMatch(value -> value.matches("\\d\\d:\\d\\d-\\d\\d:\\d\\d"))
                .doesNotHaveDuplicates();
        assertThat(windows).contains("16:00-16:30", "17:30-18:00", "10:00-10:30", "12:00-12:30", "13:30-14:00");
        assertThat(windows).doesNotContain("18:00-18:30", "09:30-10:00");
        assertThat(BakedSite.text(form.selectFirst("option[value=16:00-16:30]")))
                .isEqualTo("16\u00a0h\u00a0– 16\u00a0h\u00a030");
    }

    @Test
    void givenTheContactFields_thenTheyHaveTheContractNamesAndAutocomplete() {
        assertThat(form.selectFirst("input[name=firstName]").attr("autocomplete"))
                .isEqualTo("given-name");
        assertThat(form.selectFirst("input[name=lastName]").attr("autocomplete"))
                .isEqualTo("family-name");
        assertThat(form.selectFirst("input[name=phone]").attr("type")).isEqualTo("tel");
        assertThat(form.selectFirst("input[name=email]").attr("type")).isEqualTo("email");
        assertThat(form.selectFirst("input[name=building]").hasAttr("required")).isFalse();
        assertThat(form.selectFirst("textarea[name=comment]").attr("maxlength"))
                .isEqualTo(Integer.toString(DATA.policies().orders().commentMaxLength()));
        Element consent = form.selectFirst("input[name=consent]");
        assertThat(consent.attr("type")).isEqualTo("checkbox");
        assertThat(consent.val()).isEqualTo("yes");
        assertThat(form.select("label[for=consent] a").attr("href")).isEqualTo("/confidentialite/");
    }

    @Test
    void givenTheAntiSpamFields_thenTheHoneypotIsHiddenAndTheHiddenFieldsAreEmpty() {
        Element honeypot = form.selectFirst("input[name=website]");
        assertThat(honeypot.attr("tabindex")).isEqualTo("-1");
        assertThat(honeypot.attr("autocomplete")).isEqualTo("off");
        assertThat(honeypot.parent().hasClass("visually-hidden")).isTrue();
        assertThat(form.select("label[for=website]").text()).startsWith("Ne remplissez pas");
        assertThat(form.selectFirst("input[name=startedAt]").attr("type")).isEqualTo("hidden");
        assertThat(form.selectFirst("input[name=idempotencyKey]").attr("type")).isEqualTo("hidden");
    }

    @Test
    void givenTheDataBlock_thenItCarriesThePricesAndHoursTheScriptNeeds() throws Exception {
        JsonNode data = new ObjectMapper()
                .readTree(page.getElementById("donnees-commande").data());

        assertThat(data.path("services")
                        .path("repassage-chemise")
                        .path("priceCents")
                        .asLong())
                .isEqualTo(250);
        assertThat(data.path("services").has("menage-domicile")).isFalse();
        assertThat(data.path("services")
                        .path("lavage-voiture")
                        .path("counters")
                        .get(0)
                        .asText())
                .isEqualTo("site-entreprise-bailleur");
        assertThat(data.path("counters")
                        .path("comptoir-tilleuls")
                        .path("hours")
                        .get(0)
                        .path("day")
                        .asInt())
                .isEqualTo(2);
        assertThat(data.path("minimumNoticeMinutes").asLong()).isEqualTo(24 * 60);
    }
}
