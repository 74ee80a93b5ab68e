package fr.conciergeriesolidaire.functions.reporting;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.InvalidInputException;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.PrimingFrames;
import fr.conciergeriesolidaire.functions.screens.ScreenAnswers;
import fr.conciergeriesolidaire.functions.screens.ScreenFailures;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
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
public final class ExportsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    static final String PAGE = "GET " + Navigation.EXPORTS;
    static final String DOWNLOAD = "POST " + Navigation.EXPORTS;
    static final String CSV = "text/csv; charset=utf-8";

    private final MonthlyExports exports;
    private final ExportForm form;
    private final ExportPages pages;
    private final FormGuard guard;
    private final OriginGate gate;
    private final ScreenFailures failures = new ScreenFailures(Screens.packaged());
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public ExportsHandler() {
        this(ReportingWiring.fromEnvironment());
    }

    private ExportsHandler(ReportingWiring wiring) {
        this(wiring.exports(), wiring.exportForm(), wiring.exportPages(), wiring.formGuard(), wiring.originGate());
    }

    ExportsHandler(MonthlyExports exports, ExportForm form, ExportPages pages, FormGuard guard, OriginGate gate) {
        this.exports = exports;
        this.form = form;
        this.pages = pages;
        this.guard = guard;
        this.gate = gate;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ScreenRequest request = ScreenRequest.of(event);
        try {
            SignedInMember member = request.signedIn(gate);
            member.require(Role.ADMIN, Role.TEAM);
            List<YearMonth> months = form.offered();
            if (!request.isChange()) {
                return page(request.frame(), ExportPages.blank(months), months, 200)
                        .toEvent();
            }
            SubmittedFields fields = request.form(guard);
            try {
                MonthlyExports.Export export = exports.export(member, fields);
                return ScreenAnswers.attachment(CSV, export.fileName(), export.content())
                        .toEvent();
            } catch (InvalidInputException invalid) {
                return page(request.frame().withoutFlash(), asSent(fields).refused(invalid.errors()), months, 400)
                        .toEvent();
            }
        } catch (RuntimeException failure) {
            return failures.of(failure, request.frame()).toEvent();
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
    public void prime() {
        List<YearMonth> months = form.offered();
        page(PrimingFrames.of(Navigation.EXPORTS), ExportPages.blank(months), months, 200);
    }
}
