package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.functions.order.OrderStage;
import fr.conciergeriesolidaire.functions.order.OrderStore;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The orders the board and the round sheet show, each list one query per counter and day on the board's index
 * ({@code by-counter-day}, sorted by slot): never a scan, whatever the table holds.
 */
final class OrderBoard {
    /** How far back the round sheet looks for orders still waiting at the counter to be given back. */
    static final int READY_LOOKBACK_DAYS = 14;

    private static final Set<OrderStage> TO_COLLECT = Set.of(OrderStage.RECEIVED, OrderStage.TRANSMITTED);

    private final OrderStore store;

    OrderBoard(OrderStore store) {
        this.store = store;
    }

    /** A counter's orders of one day. */
    record CounterOrders(Counter counter, List<StoredOrder> orders) {}

    /** One day of the board: each counter with orders that day. */
    record BoardDay(LocalDate date, List<CounterOrders> counters) {}

    /** What a concierge does at a counter on a day: take the day's drop-offs, give back what is ready. */
    record RoundSheet(Counter counter, LocalDate day, List<StoredOrder> toCollect, List<StoredOrder> toGiveBack) {}

    /** The days of the filter that have orders, each with its counters that have some. */
    List<BoardDay> days(BoardFilter filter) {
        List<BoardDay> days = new ArrayList<>();
        for (LocalDate date : filter.dates()) {
            List<CounterOrders> counters = new ArrayList<>();
            for (Counter counter : filter.counters()) {
                List<StoredOrder> orders = store.atCounter(counter.id(), date).stream()
                        .filter(order ->
                                filter.stage().map(OrderStage.of(order)::equals).orElse(true))
                        .toList();
                if (!orders.isEmpty()) {
                    counters.add(new CounterOrders(counter, orders));
                }
            }
            if (!counters.isEmpty()) {
                days.add(new BoardDay(date, counters));
            }
        }
        return days;
    }

    /** One sheet per counter, even an empty one: the concierge knows there is nothing to do there. */
    List<RoundSheet> roundSheets(BoardFilter filter) {
        return filter.counters().stream()
                .map(counter -> sheet(counter, filter.from()))
                .toList();
    }

    private RoundSheet sheet(Counter counter, LocalDate day) {
        List<StoredOrder> toCollect = store.atCounter(counter.id(), day).stream()
                .filter(order -> TO_COLLECT.contains(OrderStage.of(order)))
                .toList();
        List<StoredOrder> toGiveBack = new ArrayList<>();
        for (int back = READY_LOOKBACK_DAYS; back >= 0; back--) {
            store.atCounter(counter.id(), day.minusDays(back)).stream()
                    .filter(order -> OrderStage.of(order) == OrderStage.READY)
                    .forEach(toGiveBack::add);
        }
        toGiveBack.sort(Comparator.comparing(
                order -> order.request().customer().contact().lastName()));
        return new RoundSheet(counter, day, toCollect, toGiveBack);
    }
}
