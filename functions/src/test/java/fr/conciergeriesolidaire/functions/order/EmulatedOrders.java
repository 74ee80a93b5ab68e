package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The emulated world of the order functions: their handlers built from template.yaml, and the orders table. */
final class EmulatedOrders extends EmulatedAws {
    private EmulatedOrders(Emulators emulators) {
        super(emulators);
    }

    public static EmulatedOrders inMemory() {
        return new EmulatedOrders(Emulators.startInMemory());
    }

    static EmulatedOrders persistentIn(Path folder) {
        return new EmulatedOrders(Emulators.startPersistent(folder));
    }

    /** The feature as the function of that logical id builds it from its template environment, on this clock. */
    OrderWiring wiring(String functionId, Clock clock) {
        return new OrderWiring(new Environment(environmentOf(functionId)), clock);
    }

    OrderSubmissionHandler submissionHandler(Clock clock) {
        return submissionHandler(clock, environmentOf("OrderSubmissionFunction"));
    }

    /** The submission function with its environment changed (a lower rate limit...). */
    static OrderSubmissionHandler submissionHandler(Clock clock, Map<String, String> environment) {
        OrderWiring wiring = new OrderWiring(new Environment(environment), clock);
        return new OrderSubmissionHandler(wiring.service(), wiring.clientAddress(), wiring.followUpLinks());
    }

    OrderNotifierHandler notifierHandler(Clock clock) {
        return new OrderNotifierHandler(wiring("OrderNotifierFunction", clock).notifier());
    }

    OrderSweeperHandler sweeperHandler(Clock clock) {
        return new OrderSweeperHandler(wiring("OrderSweeperFunction", clock).sweeper());
    }

    /** Built as Lambda builds it: the no-argument constructor, with the function's environment. */
    OrderConfirmationHandler confirmationHandler() {
        return Environment.building(environmentOf("OrderConfirmationFunction"), OrderConfirmationHandler::new);
    }

    List<Map<String, AttributeValue>> storedOrders() {
        return items("OrdersTable");
    }

    List<Map<String, AttributeValue>> rateLimitCounters() {
        return items("RateLimitsTable");
    }

    Map<String, AttributeValue> storedOrder(String reference) {
        return item("OrdersTable", reference);
    }
}
