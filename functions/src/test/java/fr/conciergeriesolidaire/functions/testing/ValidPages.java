package fr.conciergeriesolidaire.functions.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Pages of the functions in every state a person can meet, as the screens' validity tests check them. */
public final class ValidPages {
    private ValidPages() {}

    /** Each page in the site's real shell: valid HTML (Nu Html Checker), one {@code h1}, each form control labelled. */
    public static void assertEach(Map<String, APIGatewayV2HTTPResponse> pages) {
        ValidHtml.assertTheShellIsTheSites();
        pages.forEach((state, response) -> {
            ValidHtml.assertValid(state, response.getBody());
            Document page = Jsoup.parse(response.getBody());
            assertThat(page.select("h1")).as(state).hasSize(1);
            page.select("input:not([type=hidden]), select, textarea")
                    .forEach(control -> assertThat(page.select("label[for=" + control.id() + "]"))
                            .as(state + ": label of " + control.attr("name"))
                            .isNotEmpty());
        });
    }
}
