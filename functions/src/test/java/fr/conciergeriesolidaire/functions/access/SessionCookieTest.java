package fr.conciergeriesolidaire.functions.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCookieTest {
    @Test
    void givenCookiesAsApiGatewayGivesThemThenTheSessionsIsFoundAmongOthersAndNothingElseIs() {
        assertThat(SessionCookie.read(event(List.of("a=1", "__Host-session=abc", "b=2"), Map.of())))
                .contains("abc");
        assertThat(SessionCookie.read(event(null, Map.of("Cookie", "a=1; __Host-session=xyz"))))
                .contains("xyz");
        assertThat(SessionCookie.read(event(List.of("session=abc", "__Host-sessions=abc"), Map.of())))
                .isEmpty();
        assertThat(SessionCookie.read(event(List.of("__Host-session="), Map.of())))
                .isEmpty();
        assertThat(SessionCookie.read(event(null, Map.of()))).isEmpty();
    }

    @Test
    void givenANewSessionThenTheCookieIsHostOnlySecureHttpOnlyStrictAndClearedTheSameWay() {
        assertThat(SessionCookie.set("abc", java.time.Duration.ofDays(7)))
                .isEqualTo("__Host-session=abc; Max-Age=604800; Path=/; Secure; HttpOnly; SameSite=Strict");
        assertThat(SessionCookie.cleared())
                .isEqualTo("__Host-session=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Strict");
    }

    private static APIGatewayV2HTTPEvent event(List<String> cookies, Map<String, String> headers) {
        return APIGatewayV2HTTPEvent.builder()
                .withCookies(cookies)
                .withHeaders(headers)
                .build();
    }
}
