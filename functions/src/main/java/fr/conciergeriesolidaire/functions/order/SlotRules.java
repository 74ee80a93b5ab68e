package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.OpeningHours;
import fr.conciergeriesolidaire.catalog.Policies.OrderRules;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.functions.forms.DateField;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A drop-off slot must be one of the counter's windows: {@code slotMinutes} long, aligned on an opening's
 * start, inside its hours, not on a closed date, at least the minimum notice ahead and within the maximum
 * advance. Hours are local (Europe/Paris); the start instant follows daylight saving time, and a local time
 * that does not exist that day (spring gap) is refused.
 */
final class SlotRules {
    private static final Pattern WINDOW = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

    private final OrderRules rules;
    private final ZoneId zone;
    private final DateField dateField;

    SlotRules(OrderRules rules, ZoneId zone) {
        this.rules = rules;
        this.zone = zone;
        this.dateField = new DateField(OrderFields.DATE, "order.date.missing");
    }

    Optional<Slot> validate(
            Optional<String> dateText,
            Optional<String> windowText,
            Optional<Counter> counter,
            Instant now,
            FieldErrors errors) {
        Optional<LocalDate> date = date(dateText, now, errors);
        Optional<LocalTime[]> window = window(windowText, errors);
        if (date.isEmpty() || window.isEmpty() || counter.isEmpty()) {
            return Optional.empty();
        }
        LocalTime from = window.get()[0];
        LocalTime to = window.get()[1];
        Counter place = counter.get();
        if (place.closedDates().contains(date.get())) {
            errors.add(OrderFields.DATE, "order.date.closed");
            return Optional.empty();
        }
        if (place.hours().stream().noneMatch(hours -> hours.day() == date.get().getDayOfWeek())) {
            errors.add(OrderFields.DATE, "order.date.notOpen");
            return Optional.empty();
        }
        if (!isSlotOf(place, date.get(), from, to)) {
            errors.add(OrderFields.WINDOW, "order.window.notASlot", place.slotMinutes());
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.of(date.get(), from);
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            errors.add(OrderFields.WINDOW, "order.window.gap");
            return Optional.empty();
        }
        Instant start = local.atZone(zone).toInstant();
        if (start.isBefore(now.plus(rules.minimumNotice()))) {
            errors.add(OrderFields.DATE, "order.date.notice", FrenchFormat.duration(rules.minimumNotice()));
            return Optional.empty();
        }
        return Optional.of(new Slot(date.get(), from, to, start));
    }

    private Optional<LocalDate> date(Optional<String> text, Instant now, FieldErrors errors) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return dateField.read(text, today, today.plus(rules.maximumAdvance()), errors);
    }

    private static Optional<LocalTime[]> window(Optional<String> text, FieldErrors errors) {
        if (text.isEmpty()) {
            errors.add(OrderFields.WINDOW, "order.window.missing");
            return Optional.empty();
        }
        Matcher matcher = WINDOW.matcher(text.get().strip());
        try {
            if (matcher.matches()) {
                return Optional.of(
                        new LocalTime[] {LocalTime.parse(matcher.group(1)), LocalTime.parse(matcher.group(2))});
            }
        } catch (DateTimeParseException invalid) {
            // reported below like any other malformed window
        }
        errors.add(OrderFields.WINDOW, "order.window.format");
        return Optional.empty();
    }

    private static boolean isSlotOf(Counter counter, LocalDate date, LocalTime from, LocalTime to) {
        if (ChronoUnit.MINUTES.between(from, to) != counter.slotMinutes()) {
            return false;
        }
        for (OpeningHours hours : counter.hours()) {
            if (hours.covers(date.getDayOfWeek(), from, to)
                    && ChronoUnit.MINUTES.between(hours.opens(), from) % counter.slotMinutes() == 0) {
                return true;
            }
        }
        return false;
    }
}
