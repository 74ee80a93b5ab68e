package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.AccessDeniedException;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.order.OrderStage;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the board's filters from its address, with their defaults: the member's counters (a concierge's own, every
 * counter for the others), today, a week, every stage. A concierge naming a counter that is not theirs is refused
 * (403) before anything is read; a counter the catalogue does not have is not found (404); any other wrong value is
 * an error tied to its filter (400).
 */
final class BoardFilters {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final SiteData data;

    BoardFilters(SiteData data) {
        this.data = data;
    }

    BoardFilter board(HttpRequest request, SignedInMember member, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        List<Counter> counters = counters(request, member);
        LocalDate from = day(request, today, errors);
        int days = days(request, errors);
        Optional<OrderStage> stage = stage(request, errors);
        errors.throwIfAny();
        return new BoardFilter(counters, from, days, stage);
    }

    /** The round sheet's: the member's counters, or the one named, on one day. */
    BoardFilter roundSheet(HttpRequest request, SignedInMember member, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        List<Counter> counters = counters(request, member);
        LocalDate day = day(request, today, errors);
        errors.throwIfAny();
        return new BoardFilter(counters, day, 1, Optional.empty());
    }

    /** The counters a member may choose from: their own for a concierge, all of them for the others. */
    List<Counter> choices(SignedInMember member) {
        return data.counters().stream()
                .filter(counter -> member.mayServe(counter.id()))
                .toList();
    }

    private List<Counter> counters(HttpRequest request, SignedInMember member) {
        Optional<String> named = text(request, BoardFields.COUNTER);
        if (named.isEmpty()) {
            return choices(member);
        }
        Counter counter = data.counter(named.get()).orElseThrow(NoSuchRecordException::new);
        if (!member.mayServe(counter.id())) {
            throw new AccessDeniedException();
        }
        return List.of(counter);
    }

    private static LocalDate day(HttpRequest request, LocalDate today, FieldErrors errors) {
        Optional<String> typed = text(request, BoardFields.FROM);
        if (typed.isEmpty()) {
            return today;
        }
        if (!DATE.matcher(typed.get()).matches()) {
            errors.add(BoardFields.FROM, "error.date.format");
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(typed.get());
        } catch (DateTimeParseException unknown) {
            errors.add(BoardFields.FROM, "error.date.unknown");
            return today;
        }
        if (day.isBefore(today.minusDays(BoardFields.MAX_DISTANCE_IN_DAYS))
                || day.isAfter(today.plusDays(BoardFields.MAX_DISTANCE_IN_DAYS))) {
            errors.add(BoardFields.FROM, "order.board.du.range");
            return today;
        }
        return day;
    }

    private static int days(HttpRequest request, FieldErrors errors) {
        Optional<String> typed = text(request, BoardFields.DAYS);
        if (typed.isEmpty()) {
            return BoardFields.DEFAULT_DAYS;
        }
        Optional<Integer> days = BoardFields.DAY_CHOICES.stream()
                .filter(choice -> choice.toString().equals(typed.get()))
                .findFirst();
        if (days.isEmpty()) {
            errors.add(BoardFields.DAYS, "order.board.jours.choice");
        }
        return days.orElse(BoardFields.DEFAULT_DAYS);
    }

    private static Optional<OrderStage> stage(HttpRequest request, FieldErrors errors) {
        Optional<String> typed = text(request, BoardFields.STAGE);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Optional<OrderStage> stage = BoardFields.STAGES.entrySet().stream()
                .filter(entry -> entry.getValue().equals(typed.get()))
                .map(Map.Entry::getKey)
                .findFirst();
        if (stage.isEmpty()) {
            errors.add(BoardFields.STAGE, "order.board.statut.choice");
        }
        return stage;
    }

    private static Optional<String> text(HttpRequest request, String name) {
        return request.queryParameter(name).map(String::strip).filter(value -> !value.isEmpty());
    }
}
