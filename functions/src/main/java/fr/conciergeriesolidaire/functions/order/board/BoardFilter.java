package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.functions.order.OrderStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What the board shows: the orders dropped off at these counters on these days, of one stage or of all.
 *
 * @param days how many days from {@code from}, itself included
 */
record BoardFilter(List<Counter> counters, LocalDate from, int days, Optional<OrderStage> stage) {
    BoardFilter {
        counters = List.copyOf(counters);
    }

    List<LocalDate> dates() {
        return IntStream.range(0, days).mapToObj(from::plusDays).toList();
    }
}
