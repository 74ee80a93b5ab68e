package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.functions.forms.FormReader;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The export form: a kind and a month among those whose records are still kept (sign-ups three years, orders 13
 * months: policies.yaml), every error at once, each tied to its field.
 */
final class ExportForm {
    static final String KIND = "kind";
    static final String MONTH = "month";

    /** A valid export request, and the file it gives: {@code commandes-2026-03.csv} (letters, digits, hyphens). */
    record Request(ExportKind kind, YearMonth month) {
        String fileName() {
            return kind.slug() + "-" + month + ".csv";
        }
    }

    private final Months months;
    private final int orderMonths;
    private final int signUpMonths;

    ExportForm(Months months, int orderMonths, int signUpMonths) {
        this.months = months;
        this.orderMonths = orderMonths;
        this.signUpMonths = signUpMonths;
    }

    /** The months offered, newest first: those of the records kept longest. */
    List<YearMonth> offered() {
        return months.latest(Math.max(orderMonths, signUpMonths));
    }

    Request read(SubmittedFields fields) {
        FormReader form = new FormReader(fields);
        Optional<ExportKind> kind = form.text(KIND).flatMap(ExportKind::of);
        if (kind.isEmpty() && !form.errors().has(KIND)) {
            form.errors().add(KIND, "export.kind.missing");
        }
        Optional<YearMonth> month = form.required(MONTH).flatMap(typed -> {
            Optional<YearMonth> offeredMonth = Months.parse(typed, offered());
            if (offeredMonth.isEmpty()) {
                form.errors().add(MONTH, "export.month.unknown");
            }
            return offeredMonth;
        });
        if (kind.isPresent()
                && month.isPresent()
                && kind.get().readsOrders()
                && !months.latest(orderMonths).contains(month.get())) {
            form.errors().add(MONTH, "export.month.tooOld", orderMonths);
            month = Optional.empty();
        }
        form.errors().throwIfAny();
        return new Request(kind.orElseThrow(), month.orElseThrow());
    }
}
