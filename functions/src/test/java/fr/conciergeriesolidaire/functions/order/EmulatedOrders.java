package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.emulators.Emulators;
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

    OrderSubmissionHandler submissionHandler(Clock clock) {
        return new OrderSubmissionHandler(environmentOf("OrderSubmissionFunction"), clock);
    }

    OrderNotifierHandler notifierHandler(Clock clock) {
        return new OrderNotifierHandler(environmentOf("OrderNotifierFunction"), clock);
    }

    OrderSweeperHandler sweeperHandler(Clock clock) {
        return new OrderSweeperHandler(environmentOf("NotificationSweeperFunction"), clock);
    }

    OrderConfirmationHandler confirmationHandler() {
        return new OrderConfirmationHandler(environmentOf("OrderConfirmationFunction"));
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
