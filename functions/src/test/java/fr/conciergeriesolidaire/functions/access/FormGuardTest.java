package fr.conciergeriesolidaire.functions.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Origin and the session's token of a back-office form, locally and behind CloudFront. */
class FormGuardTest {
    private static final String SECRET = "origin-secret-of-32-characters-at-least";
    private final SignedInMember member =
            new SignedInMember("m", "Alix", Role.ADMIN, List.of(), "session", "the-sessions-token");

    @Test
    void givenTheLocalRunnersAddressThenItsOwnOriginPassesAndNoOtherDoes() {
        FormGuard guard = new FormGuard(new SiteOrigin(OriginGate.open()));

        assertThatCode(() -> guard.check(
                        request("127.0.0.1:8080", "http://127.0.0.1:8080", null), form("the-sessions-token"), member))
                .doesNotThrowAnyException();
        for (String origin : new String[] {
            "http://127.0.0.1:8081",
            "https://127.0.0.1:8080",
            "http://localhost:8080",
            "null",
            "http://127.0.0.1:8080/",
            "http://127.0.0.1:8080.evil.example"
        }) {
            assertThatThrownBy(() -> guard.checkOrigin(request("127.0.0.1:8080", origin, null)))
                    .as(origin)
                    .isInstanceOf(ForgedRequestException.class);
        }
        assertThatThrownBy(() -> guard.checkOrigin(request("127.0.0.1:8080", null, null)))
                .isInstanceOf(ForgedRequestException.class);
    }

    @Test
    void givenCloudFrontInFrontThenTheVisitorsHostItCopiedIsTheSiteAndItIsBelievedOnlyWithTheSecret() {
        FormGuard guard = new FormGuard(new SiteOrigin(OriginGate.of(Optional.of(SECRET))));
        Map<String, String> fromCloudFront =
                Map.of(OriginGate.ORIGIN_SECRET_HEADER, SECRET, SiteOrigin.VIEWER_HOST_HEADER, "www.exemple.fr");

        assertThatCode(() -> guard.checkOrigin(
                        request("abc.execute-api.eu-west-3.amazonaws.com", "https://www.exemple.fr", fromCloudFront)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.checkOrigin(request(
                        "abc.execute-api.eu-west-3.amazonaws.com",
                        "https://www.exemple.fr",
                        Map.of(SiteOrigin.VIEWER_HOST_HEADER, "www.exemple.fr"))))
                .as("a viewer host without the secret")
                .isInstanceOf(ForgedRequestException.class);
        assertThatThrownBy(() -> guard.checkOrigin(request("www.exemple.fr", "http://www.exemple.fr", fromCloudFront)))
                .as("the site is HTTPS only")
                .isInstanceOf(ForgedRequestException.class);
    }

    @Test
    void givenAFormWithoutTheSessionsTokenOrAnotherOneThenItIsRefused() {
        FormGuard guard = new FormGuard(new SiteOrigin(OriginGate.open()));
        HttpRequest request = request("127.0.0.1:8080", "http://127.0.0.1:8080", null);

        for (String token : new String[] {null, "", "the-sessions-toke", "the-sessions-token ", "THE-SESSIONS-TOKEN"}) {
            assertThatThrownBy(() -> guard.check(request, form(token), member))
                    .as(String.valueOf(token))
                    .isInstanceOf(ForgedRequestException.class);
        }
    }

    @Test
    void givenAFormOfAPageOpenedByASecretLinkThenItsOpaqueOriginPassesOnlyWhenTheBrowserSaysItCameFromTheSite() {
        FormGuard guard = new FormGuard(new SiteOrigin(OriginGate.open()));
        Map<String, String> sameOrigin = Map.of(FormGuard.FETCH_SITE, "same-origin");

        // The page says no-referrer: browsers send "Origin: null", and Fetch Metadata says where the form was.
        assertThatCode(() -> guard.checkSecretLinkForm(request("127.0.0.1:8080", "null", sameOrigin)))
                .doesNotThrowAnyException();
        assertThatCode(() -> guard.checkSecretLinkForm(request("127.0.0.1:8080", "http://127.0.0.1:8080", null)))
                .as("an older browser that names the site")
                .doesNotThrowAnyException();
        for (String site : new String[] {"cross-site", "same-site", "none"}) {
            assertThatThrownBy(() -> guard.checkSecretLinkForm(
                            request("127.0.0.1:8080", "null", Map.of(FormGuard.FETCH_SITE, site))))
                    .as(site)
                    .isInstanceOf(ForgedRequestException.class);
        }
        assertThatThrownBy(() ->
                        guard.checkSecretLinkForm(request("127.0.0.1:8080", "https://ailleurs.example", sameOrigin)))
                .as("a foreign Origin")
                .isInstanceOf(ForgedRequestException.class);
        assertThatThrownBy(() -> guard.checkSecretLinkForm(request("127.0.0.1:8080", null, null)))
                .as("neither: not sent by a page")
                .isInstanceOf(ForgedRequestException.class);
    }

    private static SubmittedFields form(String token) {
        return SubmittedFields.ofForm(token == null ? "name=x" : "name=x&csrf=" + token);
    }

    private static HttpRequest request(String host, String origin, Map<String, String> more) {
        Map<String, String> headers = new HashMap<>();
        headers.put("host", host);
        if (origin != null) {
            headers.put("origin", origin);
        }
        if (more != null) {
            headers.putAll(more);
        }
        return new HttpRequest("POST", "/api/backoffice/membres", headers, Map.of(), "", false, "203.0.113.1");
    }
}
