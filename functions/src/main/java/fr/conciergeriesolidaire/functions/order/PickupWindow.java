package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.OpeningHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A partner's pickup window: one opening of a counter on one day (Tuesday 16:00-18:00 at the Tilleuls), during which
 * the orders dropped off there wait for their partners. A partner on digests gets one e-mail per window, once no order
 * can reach the window any more: orders need {@code minimumNotice} before their slot, so none can be added after the
 * window's end minus that notice.
 */
public record PickupWindow(String counterId, LocalDate date, LocalTime opens, LocalTime closes, ZoneId zone) {
    /** The windows of a counter on a day: none on a closed date or a day it does not open. */
    public static List<PickupWindow> on(Counter counter, LocalDate date, ZoneId zone) {
        if (counter.closedDates().contains(date)) {
            return List.of();
        }
        return counter.hours().stream()
                .filter(opening -> opening.day() == date.getDayOfWeek())
                .map(opening -> new PickupWindow(counter.id(), date, opening.opens(), opening.closes(), zone))
                .toList();
    }

    /**
     * The window of an order's slot: the opening of its counter that holds it, or the slot alone when the
     * catalogue no longer has such an opening (hours changed since).
     */
    public static PickupWindow of(Optional<Counter> counter, OrderRequest order, ZoneId zone) {
        Slot slot = order.slot();
        return counter.flatMap(place -> place.hours().stream()
                        .filter(opening -> opening.covers(slot.date().getDayOfWeek(), slot.from(), slot.to()))
                        .findFirst())
                .map(opening -> window(order.counterId(), slot.date(), opening, zone))
                .orElseGet(() -> new PickupWindow(order.counterId(), slot.date(), slot.from(), slot.to(), zone));
    }

    private static PickupWindow window(String counterId, LocalDate date, OpeningHours opening, ZoneId zone) {
        return new PickupWindow(counterId, date, opening.opens(), opening.closes(), zone);
    }

    public Instant start() {
        return date.atTime(opens).atZone(zone).toInstant();
    }

    public Instant end() {
        return date.atTime(closes).atZone(zone).toInstant();
    }

    /** When its digest may be written: no order can be added to it from then on. */
    public Instant digestAt(Duration minimumNotice) {
        return end().minus(minimumNotice);
    }

    /** Whether a drop-off starting then falls in the window. */
    public boolean holds(Instant slotStart) {
        return !slotStart.isBefore(start()) && slotStart.isBefore(end());
    }
}
