package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.order.OrderWiring;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The team's order screens on AWS, from the function's environment (template.yaml): the order feature's parts
 * ({@link OrderWiring}) and the back-office's kernel. The board's function gets only what reads; the order page's
 * what changes an order and sends the customer's e-mail.
 */
public final class BoardWiring {
    private final OrderWiring orders;
    private final Clock clock;
    private final ZoneId zone;

    public BoardWiring(Environment environment, Clock clock) {
        this.orders = new OrderWiring(environment, clock);
        this.clock = clock;
        this.zone = ZoneId.of(orders.data().organisation().site().timeZone());
    }

    /** What Lambda runs: the process environment and the real clock. */
    public static BoardWiring fromEnvironment() {
        return new BoardWiring(Environment.current(), Clock.systemUTC());
    }

    OrderBoard board() {
        return new OrderBoard(orders.store());
    }

    StaffOrders staffOrders() {
        return new StaffOrders(orders.store(), orders.life());
    }

    BoardFilters filters() {
        return new BoardFilters(orders.data());
    }

    BoardPages boardPages() {
        return new BoardPages(Screens.packaged(), views());
    }

    OrderPagePages orderPages() {
        return new OrderPagePages(Screens.packaged(), views());
    }

    FormGuard formGuard() {
        return new FormGuard(new SiteOrigin(originGate()));
    }

    OriginGate originGate() {
        return orders.originGate();
    }

    /** Today, in the organisation's time zone. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    Clock clock() {
        return clock;
    }

    ZoneId zone() {
        return zone;
    }

    private OrderViews views() {
        return new OrderViews(Screens.packaged().wording(), zone);
    }
}
