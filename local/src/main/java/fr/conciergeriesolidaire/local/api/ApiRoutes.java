package fr.conciergeriesolidaire.local.api;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.StartupException;
import fr.conciergeriesolidaire.local.functions.LocalFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The HTTP API's routes, from the functions' {@code HttpApi} events: method + path to function, as API Gateway. */
public final class ApiRoutes {
    static final String ANY = "ANY";

    /** A route: its key as API Gateway writes it ({@code POST /api/orders}) and the function behind it. */
    record Route(String method, RoutePattern pattern, LocalFunction function) {
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

    public static ApiRoutes of(List<LocalFunction> functions) {
        List<Route> routes = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (LocalFunction function : functions) {
            for (SamTemplate.HttpRoute route : function.definition().routes()) {
                Route added = new Route(route.method(), new RoutePattern(route.path()), function);
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
