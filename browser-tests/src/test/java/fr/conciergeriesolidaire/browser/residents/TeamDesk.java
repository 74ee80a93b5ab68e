package fr.conciergeriesolidaire.browser.residents;

import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.order.LineStatus;
import fr.conciergeriesolidaire.functions.order.OrderLife;
import fr.conciergeriesolidaire.functions.order.OrderWiring;
import fr.conciergeriesolidaire.functions.order.Staff;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The team and the partners moving an order along, as their screens will (the order board and the partners' links
 * come with their own branch): the order's life ({@link OrderLife}) on the runner's orders table, each step one
 * conditional write on the version read, its e-mails through the outbox.
 */
final class TeamDesk {
    /** The desk's own secret: it writes no key, and the e-mails it sends carry no follow-up link. */
    private static final String SECRET = "browser-tests-team-desk-secret-of-32-characters";

    private final OrderLife life;

    TeamDesk(RunningSite site) {
        Environment environment = new Environment(site.functionEnvironment(
                Map.of("ORDERS_TABLE", RunningSite.tableName("OrdersTable"), "HASH_SECRET", SECRET)));
        this.life = new OrderWiring(environment, Clock.systemUTC()).life();
    }

    private static final Staff CONCIERGE = new Staff("membre-equipe", "Camille");

    /** The partner of the line accepts it. */
    void accept(String reference, int line) {
        StoredOrder order = life.find(reference);
        String partner = order.request().lines().get(line).partnerId();
        life.answer(reference, order.version(), partner, line, LineStatus.ACCEPTED, Optional.empty());
    }

    void markReady(String reference) {
        life.markReady(reference, life.find(reference).version(), CONCIERGE);
    }

    void giveBack(String reference) {
        life.giveBack(reference, life.find(reference).version(), CONCIERGE);
    }
}
