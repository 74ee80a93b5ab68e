package fr.conciergeriesolidaire.browser.residents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.browser.BrowserTest;
import fr.conciergeriesolidaire.browser.Browsers;
import fr.conciergeriesolidaire.browser.JavaScript;
import fr.conciergeriesolidaire.browser.Keyboard;
import fr.conciergeriesolidaire.browser.forms.OrderChoice;
import fr.conciergeriesolidaire.browser.forms.Submissions;
import fr.conciergeriesolidaire.browser.forms.Visitor;
import fr.conciergeriesolidaire.browser.pages.PageChecks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * "Mes données" by keyboard alone, with and without JavaScript: from the site's footer, the address typed, the link
 * followed from the mail store, the records listed and downloaded, then everything erased through the confirm step;
 * the link opens nothing afterwards. Every page and state: axe 0, Nu valid, focus visible.
 */
@BrowserTest
@ParameterizedClass
@EnumSource(JavaScript.class)
class MyDataJourneyIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Browser browser;
    private final Keyboard keyboard;

    MyDataJourneyIT(JavaScript javaScript, Browsers browsers) {
        this.browser = browsers.browser(javaScript);
        this.keyboard = browser.keyboard();
    }

    @Test
    void givenAResidentsOrder_whenTheyAskForTheirDataDownloadItAndEraseItAll_thenNothingOfTheirsIsLeft()
            throws Exception {
        Visitor visitor = Visitor.named("Margot", browser.javaScript().enabled() ? "Donnees" : "Donneessansscript");
        OrderChoice choice = OrderChoice.at("comptoir-tilleuls", Map.of("repassage-chemise", 1));
        String reference = Submissions.order(browser.site(), choice, visitor);
        browser.site().mailsAbout(reference, 2 + (int) choice.partners());

        browser.open("/");
        keyboard.activate(By.cssSelector("footer a[href='" + ResidentPages.MY_DATA_FORM + "']"));
        ResidentPages.awaitLocation(browser, ResidentPages.MY_DATA_FORM);
        PageChecks.assertAccessibleAndValid(browser, "Mes données, the form");
        browser.submitPlainly(By.id("mes-donnees"));
        assertThat(browser.find(By.cssSelector("main [role=alert]")).getText()).contains("Adresse électronique");
        PageChecks.assertAccessibleAndValid(browser, "Mes données, an empty address refused");

        browser.open(ResidentPages.MY_DATA_FORM);
        int before = browser.site().mailCountTo(visitor.email());
        keyboard.fill(By.id("email"), visitor.email().toUpperCase());
        keyboard.activate(By.cssSelector("#mes-donnees button[type=submit]"));
        ResidentPages.awaitLocation(browser, ResidentPages.MY_DATA_REQUESTED);
        assertThat(browser.find(By.cssSelector("main [role=status]")).getText())
                .startsWith("Si nous gardons des données sous cette adresse");
        PageChecks.assertAccessibleAndValid(browser, "Mes données, link asked for");

        String link = ResidentPages.myDataLink(browser.site().nextMailTo(visitor.email(), before));
        browser.open(link);
        assertThat(ResidentPages.heading(browser)).isEqualTo("Mes données");
        assertThat(ResidentPages.main(browser))
                .contains("Commande " + reference, visitor.firstName(), visitor.lastName(), visitor.email());
        PageChecks.assertAccessibleAndValid(browser, "Mes données, the list");

        String download = browser.find(
                        By.xpath("//main//a[normalize-space()='Télécharger mes données (fichier JSON)']"))
                .getAttribute("href");
        HttpResponse<String> file = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(download)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
        JsonNode record = JSON.readTree(file.body()).path("records").get(0);
        assertThat(record.path("reference").asText()).isEqualTo(reference);
        assertThat(record.path("data").path("customer").path("email").asText()).isEqualTo(visitor.email());

        keyboard.activate(By.xpath("//main//a[normalize-space()='Effacer toutes mes données…']"));
        ResidentPages.awaitLocation(browser, "/api/mes-donnees/effacement");
        assertThat(ResidentPages.heading(browser)).isEqualTo("Effacer toutes vos données ?");
        PageChecks.assertAccessibleAndValid(browser, "Mes données, confirm step");
        keyboard.activate(By.xpath("//main//button[normalize-space()='Effacer définitivement toutes mes données']"));
        ResidentPages.awaitLocation(browser, ResidentPages.MY_DATA_ERASED);
        assertThat(ResidentPages.heading(browser)).isEqualTo("Vos données sont effacées");
        PageChecks.assertAccessibleAndValid(browser, "Mes données, all erased");

        assertThat(browser.site().storedItem("OrdersTable", reference)).isEmpty();
        assertThat(browser.site().nextMailTo(visitor.email(), before + 1).subject())
                .isEqualTo("Vos données sont effacées");
        browser.open(link);
        assertThat(ResidentPages.heading(browser)).isEqualTo("Lien sans effet");
        assertThat(ResidentPages.main(browser)).doesNotContain(reference, visitor.email());
        PageChecks.assertAccessibleAndValid(browser, "Mes données, a used link");
    }
}
