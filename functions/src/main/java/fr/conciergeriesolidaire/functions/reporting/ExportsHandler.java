package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.screens.GuardedScreen;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.PrimingFrames;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly exports, for admins and the team (a concierge is refused, 403): {@code GET /api/backoffice/exports} (the
 * form and the latest exports) and {@code POST /api/backoffice/exports} (a file: {@code text/csv} as an attachment,
 * recorded in the audit trail; or the form again with its errors, 400). The download is a form post with the session's
 * CSRF token: an export is an action the trail accounts for, which no other site may trigger.
 */
public final class ExportsHandler extends GuardedScreen {
    static final String PAGE = "GET " + Navigation.EXPORTS;
    static final String DOWNLOAD = "POST " + Navigation.EXPORTS;
    static final String CSV = "text/csv; charset=utf-8";

    private final MonthlyExports exports;
    private final ExportForm form;
    private final ExportPages pages;
    private final FormGuard guard;

    /** What Lambda calls: the feature built from the function's environment. */
    public ExportsHandler() {
        this(ReportingWiring.fromEnvironment());
    }

    /** Built from a wiring, as Lambda builds it (the integration tests give theirs). */
    ExportsHandler(ReportingWiring wiring) {
        this(wiring.exports(), wiring.exportForm(), wiring.exportPages(), wiring.formGuard(), wiring.originGate());
    }

    ExportsHandler(MonthlyExports exports, ExportForm form, ExportPages pages, FormGuard guard, OriginGate gate) {
        super(gate, Role.ADMIN, Role.TEAM);
        this.exports = exports;
        this.form = form;
        this.pages = pages;
        this.guard = guard;
    }

    @Override
    protected HttpResponse answer(ScreenRequest request, SignedInMember member) {
        List<YearMonth> months = form.offered();
        if (!request.isChange()) {
            return page(request.frame(), ExportPages.blank(months), months, 200);
        }
        SubmittedFields fields = request.form(guard);
        try {
            MonthlyExports.Export export = exports.export(member, fields);
            return ScreenAnswers.attachment(CSV, export.fileName(), export.content());
        } catch (InvalidInputException invalid) {
            return page(request.frame().withoutFlash(), asSent(fields).refused(invalid.errors()), months, 400);
        }
    }

    private HttpResponse page(ScreenFrame frame, ScreenForm shown, List<YearMonth> months, int status) {
        return pages.exports(frame, shown, months, exports.latest(), status);
    }

    private static ScreenForm asSent(SubmittedFields fields) {
        FieldErrors ignored = new FieldErrors();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of(ExportForm.KIND, ExportForm.MONTH)) {
            fields.text(field, ignored).ifPresent(value -> values.put(field, value));
        }
        return ScreenForm.of(values);
    }

    /** Before a SnapStart snapshot: the page with the latest exports (reads only; nothing is exported). */
    @Override
    public void prime() {
        List<YearMonth> months = form.offered();
        page(PrimingFrames.of(Navigation.EXPORTS), ExportPages.blank(months), months, 200);
    }
}
