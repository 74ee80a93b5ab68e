package fr.conciergeriesolidaire.functions.access;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The session cookie: {@code __Host-} (so the browser accepts it only from this very host, over HTTPS, for the whole
 * site, never set by a subdomain), {@code HttpOnly} (no script reads it), {@code Secure}, {@code SameSite=Strict}
 * (no other site's page or link sends it). Browsers treat {@code http://localhost} and {@code 127.0.0.1} as secure,
 * so the local runner gets it too.
 */
public final class SessionCookie {
    public static final String NAME = "__Host-session";
    private static final String ATTRIBUTES = "; Path=/; Secure; HttpOnly; SameSite=Strict";

    private SessionCookie() {}

    /** The {@code Set-Cookie} value giving a new session, kept by the browser as long as the session may last. */
    public static String set(String value, Duration maxAge) {
        return NAME + "=" + value + "; Max-Age=" + maxAge.toSeconds() + ATTRIBUTES;
    }

    /** The {@code Set-Cookie} value making the browser forget the session. */
    public static String cleared() {
        return NAME + "=; Max-Age=0" + ATTRIBUTES;
    }

    /** The session cookie's value in a request (payload 2.0 gives cookies apart; a raw header as a fallback). */
    public static Optional<String> read(APIGatewayV2HTTPEvent event) {
        List<String> cookies = new ArrayList<>();
        if (event.getCookies() != null) {
            cookies.addAll(event.getCookies());
        }
        Map<String, String> headers = event.getHeaders();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null
                        && value != null
                        && name.toLowerCase(Locale.ROOT).equals("cookie")) {
                    cookies.addAll(List.of(value.split(";")));
                }
            });
        }
        for (String cookie : cookies) {
            String pair = cookie.strip();
            if (pair.startsWith(NAME + "=")) {
                String value = pair.substring(NAME.length() + 1);
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
