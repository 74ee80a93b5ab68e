package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.order.InMemoryOrders;
import fr.conciergeriesolidaire.functions.order.OrderLife;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The team's order screens on in-memory parts, for handler tests: orders placed as customers would, members as the
 * authorizer lets them through. The orders' e-mails and storage are tested against the emulators (*IT).
 */
final class InMemoryBoard {
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** In this order: the shirts are line 0 (the ironing partner's), the heels line 1 (the cobbler's). */
    static final Map<String, Integer> SHIRTS_AND_HEELS = shirtsAndHeels();

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryOrders orders = new InMemoryOrders(clock);
    final OrderLife life = orders.life();
    final FormGuard guard = new FormGuard(new SiteOrigin(OriginGate.open()));

    OrderBoardHandler boardHandler() {
        return new OrderBoardHandler(
                new OrderBoard(orders),
                new BoardFilters(PackagedSiteData.data()),
                boardPages(),
                OriginGate.open(),
                clock,
                ZONE);
    }

    OrderPageHandler pageHandler() {
        return new OrderPageHandler(new StaffOrders(orders, life), orderPages(), guard, OriginGate.open());
    }

    BoardPages boardPages() {
        return new BoardPages(Screens.packaged(), views());
    }

    OrderPagePages orderPages() {
        return new OrderPagePages(Screens.packaged(), views());
    }

    /** An order at that counter, that day and window: three shirts and a pair of heels. */
    StoredOrder order(String counter, String date, String window, String firstName) {
        return orders.place(counter, date, window, firstName, SHIRTS_AND_HEELS);
    }

    StoredOrder stored(String reference) {
        return orders.find(reference).orElseThrow();
    }

    static SignedInMember member(Role role, String... counters) {
        return new SignedInMember(
                "membre-" + role.name().toLowerCase(),
                "Camille " + role.name().charAt(0) + role.name().substring(1).toLowerCase(),
                role,
                List.of(counters),
                "session-" + UUID.randomUUID(),
                "csrf-" + UUID.randomUUID());
    }

    private static OrderViews views() {
        return new OrderViews(Screens.packaged().wording(), ZONE);
    }

    private static Map<String, Integer> shirtsAndHeels() {
        Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        lines.put("repassage-chemise", 3);
        lines.put("talons", 1);
        return lines;
    }
}
