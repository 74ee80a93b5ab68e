package fr.conciergeriesolidaire.functions.order.board;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.CounterKind;
import fr.conciergeriesolidaire.functions.access.AuthorizerContext;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests the order screens are primed with before a SnapStart snapshot: shaped as the HTTP API delivers them
 * behind the authorizer, for a concierge of a counter no order has (so nothing real is read into the snapshot),
 * changing nothing.
 */
final class BoardPriming {
    /** A counter id the catalogue does not have: its queries find nothing. */
    static final String COUNTER = "snapstart-priming";

    static final SignedInMember MEMBER =
            new SignedInMember("priming", "Priming", Role.COUNTER, List.of(COUNTER), "priming-session", "priming-csrf");

    private static final String HOST = "priming.invalid";
    /** An address reserved for documentation (RFC 5737): no visitor has it. */
    private static final String SOURCE = "192.0.2.1";

    private BoardPriming() {}

    /** A counter of that id, as the catalogue would describe one. */
    static Counter counter() {
        return new Counter(
                COUNTER,
                CounterKind.NEIGHBOURHOOD,
                null,
                "Priming",
                new Address("1 rue de l'Exemple", "51100", "Reims"),
                "",
                30,
                List.of(),
                List.of());
    }

    /** @param route as template.yaml declares it, e.g. {@code GET /api/backoffice/commandes/{reference}} */
    static APIGatewayV2HTTPEvent get(String route, Map<String, String> pathParameters, Map<String, String> query) {
        String path = route.substring(route.indexOf(' ') + 1);
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey(route)
                .withRawPath(path)
                .withHeaders(Map.of("host", HOST))
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET")
                                .withPath(path)
                                .withSourceIp(SOURCE)
                                .build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withLambda(new HashMap<>(AuthorizerContext.of(MEMBER)))
                                .build())
                        .build())
                .build();
    }
}
