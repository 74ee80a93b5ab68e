package fr.conciergeriesolidaire.functions.order.board;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.testing.ProjectTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** template.yaml routes to the team's order screens exactly the requests their handlers answer. */
class BoardTemplateContractTest {
    private final SamTemplate template = ProjectTemplate.read();

    @Test
    void givenTheBoardsAndTheOrderPagesFunctionsThenEachOfTheirRoutesIsOneTheirHandlerAnswers() {
        assertThat(routesOf("OrderBoardFunction"))
                .containsExactlyInAnyOrder(OrderBoardHandler.BOARD, OrderBoardHandler.ROUND_SHEET);
        assertThat(routesOf("OrderPageFunction"))
                .containsExactlyInAnyOrder(
                        OrderPageHandler.SHOW,
                        OrderPageHandler.READY,
                        OrderPageHandler.GIVEN_BACK,
                        OrderPageHandler.CANCEL);
    }

    private List<String> routesOf(String functionId) {
        return template.functions().stream()
                .filter(function -> function.logicalId().equals(functionId))
                .flatMap(function -> function.routes().stream())
                .map(route -> route.method() + " " + route.path())
                .toList();
    }
}
