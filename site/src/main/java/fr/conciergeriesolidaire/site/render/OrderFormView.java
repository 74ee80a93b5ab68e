package fr.conciergeriesolidaire.site.render;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.OpeningHours;
import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.catalog.Service;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the order form needs beyond the data itself: the drop-off windows every counter offers, and the data block
 * its script reads to filter windows and add up prices. Exposed to the templates as {@code orderForm}.
 */
public final class OrderFormView {
    /** One choice of the window select: its value as the API expects it ("16:00-16:30") and its French label. */
    public record Window(String value, String label) {}

    private final SiteData data;

    public OrderFormView(SiteData data) {
        this.data = data;
    }

    /** Every window of {@code slotMinutes} within any counter's opening hours, earliest first, without repeats. */
    public List<Window> getWindows() {
        TreeSet<LocalTime[]> slots =
                new TreeSet<>((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        for (Counter counter : data.counters()) {
            for (OpeningHours opening : counter.hours()) {
                for (LocalTime from = opening.opens();
                        !from.plusMinutes(counter.slotMinutes()).isAfter(opening.closes());
                        from = from.plusMinutes(counter.slotMinutes())) {
                    slots.add(new LocalTime[] {from, from.plusMinutes(counter.slotMinutes())});
                }
            }
        }
        return slots.stream()
                .map(slot -> new Window(slot[0] + "-" + slot[1], FrenchFormat.timeRange(slot[0], slot[1])))
                .toList();
    }

    /**
     * JSON for the form's script: counters' weekly hours and closed dates, services' prices and counters, rules.
     * Keys keep the order written here (no {@code Map.of}, whose order changes from one JVM to the next), so that
     * two builds of the same sources give the same page.
     */
    public String getDataJson() {
        Map<String, Object> counters = new LinkedHashMap<>();
        for (Counter counter : data.counters()) {
            counters.put(
                    counter.id(),
                    object(
                            "slotMinutes", counter.slotMinutes(),
                            "hours",
                                    counter.hours().stream()
                                            .map(hours -> object(
                                                    "day", hours.day().getValue(),
                                                    "opens", hours.opens().toString(),
                                                    "closes", hours.closes().toString()))
                                            .toList(),
                            "closedDates",
                                    counter.closedDates().stream()
                                            .map(Object::toString)
                                            .toList()));
        }
        Map<String, Object> services = new LinkedHashMap<>();
        for (Partner partner : data.partners()) {
            for (Service service : partner.services()) {
                if (service.isActive()) {
                    services.put(
                            service.id(),
                            object("priceCents", service.priceCents(), "counters", partner.countersOffering(service)));
                }
            }
        }
        var rules = data.policies().orders();
        return JsonLd.write(object(
                "counters",
                counters,
                "services",
                services,
                "minimumNoticeMinutes",
                rules.minimumNotice().toMinutes(),
                "maximumAdvanceDays",
                rules.maximumAdvance().getDays()));
    }

    /** A JSON object with its keys in the order given: key, value, key, value… */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
