package fr.conciergeriesolidaire.browser.forms;

import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.OpeningHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a visitor orders: services and quantities at a counter, in the counter's first drop-off window two days or
 * more ahead (the order rules want a day's notice), on the real clock the runner uses too.
 */
public record OrderChoice(
        Counter counter, Map<String, Integer> quantities, LocalDate date, LocalTime from, LocalTime to) {
    public static OrderChoice at(String counterId, Map<String, Integer> quantities) {
        Counter counter = Catalogue.DATA.counter(counterId).orElseThrow();
        LocalDate date = LocalDate.now(RunningSite.CLOCK).plusDays(2);
        for (int day = 0; day < 14; day++, date = date.plusDays(1)) {
            LocalDate candidate = date;
            OpeningHours opening = counter.hours().stream()
                    .filter(hours -> hours.day() == candidate.getDayOfWeek())
                    .min(Comparator.comparing(OpeningHours::opens))
                    .orElse(null);
            LocalTime end = opening == null ? null : opening.opens().plusMinutes(counter.slotMinutes());
            if (opening != null && counter.isOpen(candidate, opening.opens(), end)) {
                return new OrderChoice(counter, new LinkedHashMap<>(quantities), candidate, opening.opens(), end);
            }
        }
        throw new IllegalStateException("No opening of " + counterId + " within two weeks");
    }

    /** The window as the form's select and the API name it: "16:00-16:30". */
    public String window() {
        return from + "-" + to;
    }

    /** What the services cost, from the catalogue's prices. */
    public long totalCents() {
        return quantities.entrySet().stream()
                .mapToLong(line -> Catalogue.DATA
                                .service(line.getKey())
                                .orElseThrow()
                                .service()
                                .priceCents()
                        * line.getValue())
                .sum();
    }

    /** Each partner providing one of the services is told of the order. */
    public long partners() {
        return quantities.keySet().stream()
                .map(service ->
                        Catalogue.DATA.service(service).orElseThrow().partner().id())
                .distinct()
                .count();
    }
}
