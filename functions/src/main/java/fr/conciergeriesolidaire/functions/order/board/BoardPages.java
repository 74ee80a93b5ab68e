package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.FieldError;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.order.OrderStage;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The board (template {@code pages/order-board.ftlh}) and the round sheet ({@code pages/order-round-sheet.ftlh}):
 * their filters as a GET form, shown again with their errors (400), and the orders by day and counter.
 */
final class BoardPages {
    private final Screens screens;
    private final OrderViews views;

    BoardPages(Screens screens, OrderViews views) {
        this.screens = screens;
        this.views = views;
    }

    /**
     * @param filters the filters as the address gave them, with their errors when refused
     * @param days empty when the filters were refused
     */
    HttpResponse board(
            ScreenFrame frame, Filters filters, List<Counter> choices, List<OrderBoard.BoardDay> days, int status) {
        Wording wording = screens.wording();
        Map<String, Object> model = filters(filters.form(), choices);
        model.put("dayChoices", dayChoices());
        model.put("stageChoices", stageChoices());
        List<Map<String, Object>> shown = new ArrayList<>();
        int count = 0;
        for (OrderBoard.BoardDay day : days) {
            List<Map<String, Object>> counters = new ArrayList<>();
            for (OrderBoard.CounterOrders counter : day.counters()) {
                counters.add(Map.of(
                        "name", counter.counter().name(),
                        "orders", counter.orders().stream().map(views::card).toList()));
                count += counter.orders().size();
            }
            shown.add(Map.of("label", FrenchFormat.date(day.date()), "counters", counters));
        }
        model.put("days", shown);
        model.put("count", count);
        model.put("roundSheetPath", filters.roundSheetPath());
        return screens.page(status, frame, wording.get("order.board.title"), "order-board.ftlh", model);
    }

    HttpResponse roundSheet(
            ScreenFrame frame, Filters filters, List<Counter> choices, List<OrderBoard.RoundSheet> sheets, int status) {
        Map<String, Object> model = filters(filters.form(), choices);
        model.put(
                "sheets",
                sheets.stream()
                        .map(sheet -> Map.of(
                                "counterId", sheet.counter().id(),
                                "counterName", sheet.counter().name(),
                                "address", sheet.counter().address().oneLine(),
                                "day", FrenchFormat.date(sheet.day()),
                                "toCollect",
                                        sheet.toCollect().stream()
                                                .map(views::card)
                                                .toList(),
                                "toGiveBack",
                                        sheet.toGiveBack().stream()
                                                .map(views::card)
                                                .toList()))
                        .toList());
        model.put("boardPath", BoardPaths.ORDERS);
        return screens.page(status, frame, screens.wording().get("order.round.title"), "order-round-sheet.ftlh", model);
    }

    /** The filter form's model: its values and errors, and the counters the member may choose. */
    private Map<String, Object> filters(ScreenForm form, List<Counter> choices) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", screens.form(form, BoardFields.LABELS));
        model.put(
                "counterChoices",
                choices.stream()
                        .map(counter -> Map.of("value", counter.id(), "label", counter.name()))
                        .toList());
        model.put("boardPath", BoardPaths.ORDERS);
        model.put("roundSheetAction", BoardPaths.ROUND_SHEET);
        return model;
    }

    private List<Map<String, String>> dayChoices() {
        Wording wording = screens.wording();
        return BoardFields.DAY_CHOICES.stream()
                .map(days -> Map.of(
                        "value",
                        days.toString(),
                        "label",
                        wording.format(days == 1 ? "order.board.jours.one" : "order.board.jours.many", days)))
                .toList();
    }

    private List<Map<String, String>> stageChoices() {
        Wording wording = screens.wording();
        List<Map<String, String>> choices = new ArrayList<>();
        for (OrderStage stage : OrderStage.values()) {
            choices.add(Map.of("value", BoardFields.STAGES.get(stage), "label", wording.get(stage.wordingKey())));
        }
        return choices;
    }

    /**
     * The filters as the address gave them (shown again as they were, with their errors), the day shown filled in.
     *
     * @param values by field, as asked
     */
    record Filters(Map<String, String> values, List<FieldError> errors) {
        Filters {
            values = Map.copyOf(values);
            errors = List.copyOf(errors);
        }

        static Filters of(Map<String, String> query, LocalDate shownFrom) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : List.of(BoardFields.COUNTER, BoardFields.FROM, BoardFields.DAYS, BoardFields.STAGE)) {
                String value = query.getOrDefault(field, "").strip();
                if (!value.isEmpty()) {
                    values.put(field, value);
                }
            }
            // A date field can only show a real date: a wrong one (typed in the address) is shown empty, beside its
            // error.
            values.computeIfPresent(BoardFields.FROM, (field, value) -> isDate(value) ? value : "");
            values.putIfAbsent(BoardFields.FROM, shownFrom.toString());
            values.putIfAbsent(BoardFields.DAYS, Integer.toString(BoardFields.DEFAULT_DAYS));
            return new Filters(values, List.of());
        }

        private static boolean isDate(String value) {
            try {
                LocalDate.parse(value);
                return true;
            } catch (DateTimeParseException notADate) {
                return false;
            }
        }

        Filters refused(List<FieldError> found) {
            return new Filters(values, found);
        }

        ScreenForm form() {
            return ScreenForm.of(values).refused(errors);
        }

        /** The round sheet of the board's first day and counter. */
        String roundSheetPath() {
            StringBuilder path = new StringBuilder(BoardPaths.ROUND_SHEET);
            String separator = "?";
            for (String field : List.of(BoardFields.COUNTER, BoardFields.FROM)) {
                String value = values.getOrDefault(field, "");
                if (!value.isEmpty()) {
                    path.append(separator)
                            .append(field)
                            .append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                    separator = "&";
                }
            }
            return path.toString();
        }
    }
}
