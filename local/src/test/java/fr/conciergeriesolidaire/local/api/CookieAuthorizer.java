package fr.conciergeriesolidaire.local.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SimpleIAMPolicyResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An authorizer for the runner's tests: allows the cookie {@code pass=<name>} with the name in its context, refuses any
 * other, fails on {@code boom=1}; counts its calls (what the cache saves).
 */
public final class CookieAuthorizer implements RequestHandler<APIGatewayV2HTTPEvent, SimpleIAMPolicyResponse> {
    static final AtomicInteger CALLS = new AtomicInteger();

    @Override
    public SimpleIAMPolicyResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        CALLS.incrementAndGet();
        List<String> cookies = event.getCookies() == null ? List.of() : event.getCookies();
        if (event.getBody() != null) {
            throw new IllegalStateException("An authorizer never gets the body");
        }
        if (cookies.contains("boom=1")) {
            throw new IllegalStateException("failing, as told by the test");
        }
        return cookies.stream()
                .filter(cookie -> cookie.startsWith("pass="))
                .findFirst()
                .map(cookie -> new SimpleIAMPolicyResponse(true, Map.of("who", cookie.substring(5))))
                .orElseGet(() -> new SimpleIAMPolicyResponse(false, Map.of()));
    }
}
