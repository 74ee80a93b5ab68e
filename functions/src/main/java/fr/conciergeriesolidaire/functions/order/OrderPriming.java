package fr.conciergeriesolidaire.functions.order;

import static fr.conciergeriesolidaire.functions.forms.CommonFields.EMAIL;
import static fr.conciergeriesolidaire.functions.forms.CommonFields.FIRST_NAME;
import static fr.conciergeriesolidaire.functions.forms.CommonFields.IDEMPOTENCY_KEY;
import static fr.conciergeriesolidaire.functions.forms.CommonFields.LAST_NAME;
import static fr.conciergeriesolidaire.functions.forms.CommonFields.PHONE;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.OpeningHours;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.snapstart.PrimingSubmission;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An order as a visitor would fill it in, from the catalogue: the first counter's first opening, next week, and a
 * service offered there; without the consent, so that priming stores nothing ({@link PrimingSubmission}).
 */
final class OrderPriming {
    private OrderPriming() {}

    static PrimingSubmission submission(SiteData data, Clock clock) {
        Counter counter = data.counters().get(0);
        OpeningHours opening = counter.hours().get(0);
        LocalDate date = LocalDate.ofInstant(
                        clock.instant(), ZoneId.of(data.organisation().site().timeZone()))
                .plusWeeks(1)
                .with(TemporalAdjusters.nextOrSame(opening.day()));
        String service = data.partners().stream()
                .flatMap(partner -> partner.services().stream()
                        .filter(offered -> offered.isActive()
                                && partner.countersOffering(offered).contains(counter.id())))
                .findFirst()
                .orElseThrow()
                .id();
        Map<String, String> fields = new HashMap<>(Map.of(
                OrderFields.COUNTER,
                counter.id(),
                OrderFields.DATE,
                date.toString(),
                OrderFields.WINDOW,
                opening.opens() + "-" + opening.opens().plusMinutes(counter.slotMinutes()),
                FIRST_NAME,
                "Camille",
                LAST_NAME,
                "Martin",
                PHONE,
                "06 12 34 56 78",
                EMAIL,
                "priming@example.invalid",
                OrderFields.BUILDING,
                "Bâtiment B",
                OrderFields.COMMENT,
                "Merci\u00a0!",
                SpamGuard.HONEYPOT,
                ""));
        Map<String, Object> json = new HashMap<>(fields);
        json.put(OrderFields.LINES, List.of(Map.of(OrderFields.LINE_SERVICE, service, OrderFields.LINE_QUANTITY, 1)));
        json.put(IDEMPOTENCY_KEY, "snapstart-priming-order");
        fields.put(OrderFields.QUANTITY_PREFIX + service, "1");
        return new PrimingSubmission(json, fields);
    }
}
