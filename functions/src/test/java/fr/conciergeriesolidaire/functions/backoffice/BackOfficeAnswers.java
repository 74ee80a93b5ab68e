package fr.conciergeriesolidaire.functions.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** What every back-office answer must be, and how the tests read one. */
public final class BackOfficeAnswers {
    private BackOfficeAnswers() {}

    /** Never stored by a cache, never indexed; a page also says noindex in its head, and runs no script. */
    public static APIGatewayV2HTTPResponse assertPrivate(APIGatewayV2HTTPResponse response) {
        assertThat(response.getHeaders())
                .containsEntry("Cache-Control", "no-store")
                .containsEntry("X-Robots-Tag", "noindex, nofollow");
        if (response.getStatusCode() != 303) {
            assertThat(response.getHeaders().get("Content-Type")).startsWith("text/html");
            assertThat(response.getHeaders().get("Content-Security-Policy")).contains("script-src 'none'");
            assertThat(page(response).select("meta[name=robots]").attr("content"))
                    .isEqualTo("noindex");
        }
        return response;
    }

    public static Document page(APIGatewayV2HTTPResponse response) {
        return Jsoup.parse(response.getBody());
    }

    /** The text of the page's main content. */
    public static String main(APIGatewayV2HTTPResponse response) {
        return page(response).select("main").text();
    }

    public static String location(APIGatewayV2HTTPResponse response) {
        assertThat(response.getStatusCode()).isEqualTo(303);
        return response.getHeaders().get("Location");
    }
}
