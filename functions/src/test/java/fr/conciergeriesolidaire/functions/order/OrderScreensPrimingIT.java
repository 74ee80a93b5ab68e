package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.order.board.OrderBoardHandler;
import fr.conciergeriesolidaire.functions.order.board.OrderPageHandler;
import fr.conciergeriesolidaire.functions.order.partner.PartnerDigestHandler;
import fr.conciergeriesolidaire.functions.order.partner.PartnerLinkHandler;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The order feature's new functions built as Lambda builds them (no-argument constructors, the template's
 * environment), on dynalite and aws-ses-v2-local: they start, and priming them before a SnapStart snapshot reads
 * and renders but leaves every table and the mailbox as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderScreensPrimingIT {
    private EmulatedOrders world;

    @BeforeAll
    void start() {
        world = EmulatedOrders.inMemory();
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void givenEachFunctionThenItStartsFromTheTemplateAndItsPrimingWritesNothingAndSendsNothing() {
        built("OrderBoardFunction", OrderBoardHandler::new).prime();
        built("OrderPageFunction", OrderPageHandler::new).prime();
        built("PartnerLinkFunction", PartnerLinkHandler::new).prime();
        assertThat(built("PartnerDigestFunction", PartnerDigestHandler::new).handleRequest(null, null))
                .isEqualTo("made=0 sent=0 retrying=0 givenUp=0");

        for (String table : List.of("OrdersTable", "PartnerLinesTable", "PartnerDigestsTable", "AccessTokensTable")) {
            assertThat(world.items(table)).as(table).isEmpty();
        }
        assertThat(world.sentMails()).isEmpty();
    }

    /** Built by its no-argument constructor, with the function's environment, as Lambda and the runner build it. */
    private <T> T built(String functionId, Supplier<T> construction) {
        return Environment.building(world.environmentOf(functionId), construction);
    }
}
