package fr.conciergeriesolidaire.local.api;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.StartupException;
import fr.conciergeriesolidaire.local.functions.EventSources;
import fr.conciergeriesolidaire.local.functions.LocalFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The HTTP API's routes, from the functions' {@code HttpApi} events: method + path to function, as API Gateway. */
public final class ApiRoutes {
    static final String ANY = "ANY";

    /**
     * A route: its key as API Gateway writes it ({@code POST /api/orders}), the function behind it, and the authorizer
     * run before it, if it names one.
     */
    record Route(String method, RoutePattern pattern, LocalFunction function, Optional<LocalAuthorizer> authorizer) {
        String routeKey() {
            return method + " " + pattern.path();
        }
    }

    /** A route matched by a request, with the values of its path variables. */
    record Match(Route route, Map<String, String> pathParameters) {}

    private final List<Route> routes;

    private ApiRoutes(List<Route> routes) {
        this.routes = routes;
    }

    /** The routes of functions whose API declares no authorizer. */
    public static ApiRoutes of(List<LocalFunction> functions) {
        return of(functions, ApiAuthorizers.none());
    }

    /** Every route of the template's functions, each with the authorizer it names (or its API's default). */
    public static ApiRoutes of(SamTemplate template, List<LocalFunction> functions) {
        return of(functions, ApiAuthorizers.of(template, functions));
    }

    private static ApiRoutes of(List<LocalFunction> functions, ApiAuthorizers authorizers) {
        List<Route> routes = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (LocalFunction function : functions) {
            for (SamTemplate.EventSource event : function.definition().eventsOfType(EventSources.HTTP_API)) {
                Route added = new Route(
                        Objects.toString(event.properties().get("Method"), ANY).toUpperCase(Locale.ROOT),
                        new RoutePattern(Objects.toString(event.properties().get("Path"))),
                        function,
                        authorizers.of(function.logicalId(), event));
                if (!keys.add(added.routeKey())) {
                    throw new StartupException("La route " + added.routeKey() + " est déclarée deux fois dans "
                            + "template.yaml (la seconde par " + function.logicalId() + ").");
                }
                routes.add(added);
            }
        }
        // Most specific first; a route for the method before ANY.
        routes.sort(Comparator.comparingInt((Route route) -> route.pattern().specificity())
                .reversed()
                .thenComparing(route -> route.method().equals(ANY)));
        return new ApiRoutes(List.copyOf(routes));
    }

    Optional<Match> match(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method) || route.method().equals(ANY)) {
                Optional<Map<String, String>> variables = route.pattern().match(path);
                if (variables.isPresent()) {
                    return Optional.of(new Match(route, variables.get()));
                }
            }
        }
        return Optional.empty();
    }

    public List<String> routeKeys() {
        return routes.stream().map(Route::routeKey).toList();
    }
}
