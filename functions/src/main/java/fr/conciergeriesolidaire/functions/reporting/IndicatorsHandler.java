package fr.conciergeriesolidaire.functions.reporting;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.PrimingFrames;
import fr.conciergeriesolidaire.functions.screens.ScreenFailures;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import java.time.YearMonth;
import java.util.List;

/**
 * {@code GET /api/backoffice/indicateurs} ({@code ?fin=2026-03}: the twelve months up to that one; by default up to
 * this month): the indicators for admins and the team (a concierge is refused, 403). Reads only.
 */
public final class IndicatorsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    static final String ROUTE = "GET " + Navigation.INDICATORS;

    private final Indicators indicators;
    private final IndicatorPages pages;
    private final Months months;
    /** How many months a period may end with: those whose orders are still kept (13, policies.yaml). */
    private final int ends;

    private final OriginGate gate;
    private final ScreenFailures failures = new ScreenFailures(Screens.packaged());
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public IndicatorsHandler() {
        this(ReportingWiring.fromEnvironment());
    }

    private IndicatorsHandler(ReportingWiring wiring) {
        this(wiring.indicators(), wiring.indicatorPages(), wiring.months(), wiring.heldMonths(), wiring.originGate());
    }

    IndicatorsHandler(Indicators indicators, IndicatorPages pages, Months months, int ends, OriginGate gate) {
        this.indicators = indicators;
        this.pages = pages;
        this.months = months;
        this.ends = ends;
        this.gate = gate;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ScreenRequest request = ScreenRequest.of(event);
        try {
            SignedInMember member = request.signedIn(gate);
            member.require(Role.ADMIN, Role.TEAM);
            List<YearMonth> offered = months.latest(ends);
            // A month not offered (typed by hand) shows the latest year: a period is a filter, not a refusal.
            YearMonth last = request.http()
                    .queryParameter(IndicatorPages.END)
                    .flatMap(typed -> Months.parse(typed, offered))
                    .orElse(offered.get(0));
            return pages.indicators(request.frame(), indicators.of(last), offered)
                    .toEvent();
        } catch (RuntimeException failure) {
            return failures.of(failure, request.frame()).toEvent();
        }
    }

    /** Before a SnapStart snapshot: this year's indicators as stored (reads only). */
    public void prime() {
        List<YearMonth> offered = months.latest(ends);
        pages.indicators(PrimingFrames.of(Navigation.INDICATORS), indicators.of(offered.get(0)), offered);
    }
}
