package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The emulated world of the order functions: their handlers built from template.yaml, and the orders table. Public for
 * the order feature's screens (order.board, order.partner), which place and notify orders as the functions do.
 */
public final class EmulatedOrders extends EmulatedAws {
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
    public OrderWiring wiring(String functionId, Clock clock) {
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

    public Map<String, AttributeValue> storedOrder(String reference) {
        return item("OrdersTable", reference);
    }

    /** An order placed through the submission function's service, on that clock: its reference. */
    public String place(
            Clock clock, String counter, String date, String window, String firstName, Map<String, Integer> services) {
        return wiring("OrderSubmissionFunction", clock)
                .service()
                .place(
                        SubmittedFields.ofJson(OrderJson.of(counter, date, window, firstName, services)),
                        "203.0.113." + Math.floorMod(firstName.hashCode(), 200))
                .order()
                .reference();
    }

    /** What the table's stream does for a new order: its notifier sends what is due. */
    public Notifier.Outcome notify(Clock clock, String reference) {
        return wiring("OrderNotifierFunction", clock).notifier().deliver(reference);
    }

    /** The orders' sweeper, once. */
    public Notifier.Outcome sweep(Clock clock) {
        return wiring("OrderSweeperFunction", clock).sweeper().sweep();
    }
}
