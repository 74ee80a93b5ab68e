package fr.conciergeriesolidaire.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages show the facts of the data files, in French, as the templates compose them. */
class PageContentTest {
    private static final BakedSite SITE = BakedSite.MAIN;

    @Test
    void givenTheCompanyPage_thenThePricingComesFromOfferYaml() {
        var page = SITE.page("/entreprises/");

        assertThat(BakedSite.text(page.select("table").first()))
                .contains("De 1 à 49 salariés", "6,00\u00a0€", "Au-delà de 249 salariés", "4,00\u00a0€");
        assertThat(BakedSite.text(page.body())).contains("150,00\u00a0€ HT", "12 mois");
        // 50 employees: 49 × 6 € + 1 × 5 € = 299 €.
        assertThat(BakedSite.text(page.select("table").get(1)))
                .contains("50 salariés 299,00\u00a0€", "10 salariés 150,00\u00a0€ (minimum appliqué)");
        assertThat(page.select("a.button").attr("href")).isEqualTo("/entreprises/inscription/");
    }

    @Test
    void givenThePrivacyPage_thenRetentionPeriodsComeFromPoliciesYamlAndTheCnilIsNamed() {
        String text = BakedSite.text(SITE.page("/confidentialite/").body());

        assertThat(text).contains("13\u00a0mois", "3\u00a0ans", "1\u00a0heure", "CNIL", "Responsable du traitement");
        assertThat(SITE.page("/confidentialite/").select("a[href^=https://www.cnil.fr]"))
                .hasSize(1);
    }

    @Test
    void givenANeighbourhoodPage_thenItShowsItsCounterHoursAndCalendar() {
        var page = SITE.page("/quartiers/tilleuls/");

        assertThat(BakedSite.text(page.body()))
                .contains("12 allée des Tilleuls", "Mardi de 16\u00a0h à 18\u00a0h", "Plurial Novilia");
        assertThat(page.select("a[href=/quartiers/tilleuls/agenda.ics]")).hasSize(1);
        assertThat(page.select("h2").eachText()).contains("Prochains rendez-vous", "Rendez-vous passés");
    }

    @Test
    void givenAPartnerPage_thenItListsItsActiveServicesWithPricesAndCounters() {
        var page = SITE.page("/partenaires/boite-a-outils/");

        assertThat(page.select("table.services tbody tr")).hasSize(2);
        assertThat(BakedSite.text(page.select("table.services").first()))
                .contains("Prêt d'une perceuse-visseuse", "3,00\u00a0€", "Comptoir des Tilleuls")
                .doesNotContain("Ménage");
    }

    @Test
    void givenTheDirectory_thenPartnersAreGroupedByCategory() {
        var page = SITE.page("/partenaires/");

        assertThat(page.select("h2").eachText()).startsWith("Pressing et repassage", "Cordonnerie et retouches");
        assertThat(BakedSite.text(page.select("section[aria-labelledby=categorie-mobilite] h3")
                        .first()))
                .contains("Roue Libre");
    }

    @Test
    void givenAnEventPage_thenItsDateIsInFrenchAndItsAccessibilityIsShown() {
        var page = SITE.page("/agenda/2026-12-08-atelier-velo-tilleuls/");

        assertThat(BakedSite.text(page.select("time").first()))
                .isEqualTo("mardi 8 décembre 2026, 16\u00a0h\u00a0– 18\u00a0h");
        assertThat(page.select("time").first().attr("datetime")).isEqualTo("2026-12-08T16:00+01:00");
        assertThat(BakedSite.text(page.select("ul.access").first())).contains("Handicap moteur\u00a0: accessible");
        assertThat(page.select("a[href$=evenement.ics]").attr("href"))
                .isEqualTo("/agenda/2026-12-08-atelier-velo-tilleuls/evenement.ics");
    }

    @Test
    void givenADemoOrganisation_thenEveryPageSaysTheDataIsFictional() {
        for (var file : SITE.htmlPages()) {
            assertThat(SITE.page(file).select("footer .demo-notice").text())
                    .as(SITE.name(file))
                    .contains("fictifs");
        }
    }

    @Test
    void givenACancelledEvent_thenItsPageSaysSoWithTheTeamsMessage() {
        var page = SITE.page("/agenda/2026-12-10-gym-douce-tilleuls/");

        assertThat(page.select("main .notice--warning").eachText())
                .contains(
                        "Cet évènement est annulé.",
                        "Annulé : l'éducatrice sportive est absente. La prochaine séance est annoncée dans l'agenda.");
    }

    @Test
    void givenANeighbourhoodPage_thenResidentsCanProposeAnAnimationToTheApiWithoutScript() {
        var page = SITE.page("/quartiers/canal/");

        var form = page.select("form#proposition").first();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/api/propositions");
        assertThat(form.select("input[type=hidden][name=neighbourhood]").attr("value"))
                .isEqualTo("canal");
        assertThat(form.select("textarea#idea").hasAttr("required")).isTrue();
        assertThat(form.select("#consent").hasAttr("required"))
                .as("only with a contact")
                .isFalse();
        assertThat(page.select("h2#proposer").text()).isEqualTo("Proposer une animation");
        assertThat(BakedSite.text(page.body()))
                .as("a build without the proposals table counts nothing")
                .doesNotContain("idée d'animation est venue", "idées d'animation sont venues");
    }
}
