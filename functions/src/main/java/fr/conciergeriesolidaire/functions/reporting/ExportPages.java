package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.screens.Moments;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exports' page ({@code pages/exports.ftlh}): the form (kind, month), shown again with its errors, and the latest
 * exports from the audit trail (who, when, what, which month).
 */
final class ExportPages {
    private final Screens screens;
    private final Moments moments;

    ExportPages(Screens screens, Moments moments) {
        this.screens = screens;
        this.moments = moments;
    }

    HttpResponse exports(
            ScreenFrame frame, ScreenForm form, List<YearMonth> months, List<AuditEntry> latest, int status) {
        Wording wording = screens.wording();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", screens.form(form, "export"));
        model.put("action", Navigation.EXPORTS);
        model.put(
                "kinds",
                Arrays.stream(ExportKind.values())
                        .map(kind -> Map.of(
                                "value", kind.slug(),
                                "label", wording.get("export." + kind.slug()),
                                "hint", wording.get("export." + kind.slug() + ".hint")))
                        .toList());
        model.put(
                "months",
                months.stream()
                        .map(month -> Map.of("value", month.toString(), "label", Months.name(month)))
                        .toList());
        model.put(
                "latest",
                latest.stream()
                        .map(entry -> Map.of(
                                "when", moments.of(entry.at()),
                                "who", entry.memberName(),
                                "what",
                                        wording.containsKey(entry.action())
                                                ? wording.get(entry.action())
                                                : entry.action(),
                                "month", month(entry.detail())))
                        .toList());
        return screens.page(status, frame, wording.get("export.title"), "exports.ftlh", model);
    }

    /** The blank form: this month's orders, the most asked for. */
    static ScreenForm blank(List<YearMonth> months) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ExportForm.KIND, ExportKind.ORDERS.slug());
        values.put(ExportForm.MONTH, months.get(0).toString());
        return ScreenForm.of(values);
    }

    private static String month(String detail) {
        try {
            return Months.name(YearMonth.parse(detail));
        } catch (DateTimeParseException notAMonth) {
            return detail;
        }
    }
}
