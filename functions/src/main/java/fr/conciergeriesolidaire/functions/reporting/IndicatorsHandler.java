package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.screens.GuardedScreen;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.PrimingFrames;
import fr.conciergeriesolidaire.functions.screens.ScreenRequest;
import java.time.YearMonth;
import java.util.List;

/**
 * {@code GET /api/backoffice/indicateurs} ({@code ?fin=2026-03}: the twelve months up to that one; by default up to
 * this month): the indicators for admins and the team (a concierge is refused, 403). Reads only.
 */
public final class IndicatorsHandler extends GuardedScreen {
    static final String ROUTE = "GET " + Navigation.INDICATORS;

    private final Indicators indicators;
    private final IndicatorPages pages;
    private final Months months;
    /** How many months a period may end with: those whose orders are still kept (13, policies.yaml). */
    private final int ends;

    /** What Lambda calls: the feature built from the function's environment. */
    public IndicatorsHandler() {
        this(ReportingWiring.fromEnvironment());
    }

    /** Built from a wiring, as Lambda builds it (the integration tests give theirs). */
    IndicatorsHandler(ReportingWiring wiring) {
        this(wiring.indicators(), wiring.indicatorPages(), wiring.months(), wiring.heldMonths(), wiring.originGate());
    }

    IndicatorsHandler(Indicators indicators, IndicatorPages pages, Months months, int ends, OriginGate gate) {
        super(gate, Role.ADMIN, Role.TEAM);
        this.indicators = indicators;
        this.pages = pages;
        this.months = months;
        this.ends = ends;
    }

    @Override
    protected HttpResponse answer(ScreenRequest request, SignedInMember member) {
        List<YearMonth> offered = months.latest(ends);
        // A month not offered (typed by hand) shows the latest year: a period is a filter, not a refusal.
        YearMonth last = request.http()
                .queryParameter(IndicatorPages.END)
                .flatMap(typed -> Months.parse(typed, offered))
                .orElse(offered.get(0));
        return pages.indicators(request.frame(), indicators.of(last), offered);
    }

    /** Before a SnapStart snapshot: this year's indicators as stored (reads only). */
    @Override
    public void prime() {
        List<YearMonth> offered = months.latest(ends);
        pages.indicators(PrimingFrames.of(Navigation.INDICATORS), indicators.of(offered.get(0)), offered);
    }
}
