package fr.conciergeriesolidaire.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutePatternTest {
    @Test
    void givenLiteralVariableAndGreedyPatternsThenEachMatchesWhatApiGatewayWould() {
        assertThat(new RoutePattern("/api/orders").match("/api/orders")).hasValue(Map.of());
        assertThat(new RoutePattern("/api/orders").match("/api/orders/")).isEmpty();
        assertThat(new RoutePattern("/api/orders/{id}").match("/api/orders/ABCD"))
                .hasValue(Map.of("id", "ABCD"));
        assertThat(new RoutePattern("/api/orders/{id}").match("/api/orders/")).isEmpty();
        assertThat(new RoutePattern("/api/{proxy+}").match("/api/a/b")).hasValue(Map.of("proxy", "a/b"));
        assertThat(new RoutePattern("/api/{proxy+}").match("/api")).isEmpty();
    }

    @Test
    void givenOverlappingPatternsThenTheMostLiteralIsTheMostSpecific() {
        assertThat(new RoutePattern("/api/orders/confirmation").specificity())
                .isGreaterThan(new RoutePattern("/api/orders/{id}").specificity());
        assertThat(new RoutePattern("/api/orders/{id}").specificity())
                .isGreaterThan(new RoutePattern("/api/{proxy+}").specificity());
    }
}
