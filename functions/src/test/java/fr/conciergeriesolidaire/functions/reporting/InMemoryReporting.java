package fr.conciergeriesolidaire.functions.reporting;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.screens.Moments;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.functions.testing.InMemoryAuditTrail;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The indicators and exports on in-memory facts and audit trail, for handler tests: mid-March 2026 in Reims. */
final class InMemoryReporting {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = Instant.parse("2026-03-16T10:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryReportingStore store = new InMemoryReportingStore();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final Months months = new Months(clock, PARIS);
    final ExportForm form = new ExportForm(months, 13, 36);
    final IndicatorsHandler indicators = new IndicatorsHandler(
            new Indicators(store), new IndicatorPages(Screens.packaged()), months, 13, OriginGate.open());
    final ExportsHandler exports = new ExportsHandler(
            new MonthlyExports(
                    form,
                    new ExportFiles(
                            store,
                            Screens.packaged().wording(),
                            PackagedSiteData.data().counters().stream()
                                    .collect(Collectors.toMap(Counter::id, Counter::name)),
                            PARIS),
                    audit,
                    clock),
            form,
            new ExportPages(Screens.packaged(), new Moments(PARIS)),
            new FormGuard(new SiteOrigin(OriginGate.open())),
            OriginGate.open());

    static SignedInMember member(String name, Role role) {
        return new SignedInMember("id-" + name.length(), name, role, List.of(), "session", "csrf-" + name.length());
    }

    APIGatewayV2HTTPResponse indicators(Map<String, String> query, SignedInMember member) {
        return indicators.handleRequest(
                BackOfficeEvents.signedIn(BackOfficeEvents.get(IndicatorsHandler.ROUTE, Map.of(), query), member),
                null);
    }

    APIGatewayV2HTTPResponse exportsPage(SignedInMember member) {
        return exports.handleRequest(
                BackOfficeEvents.signedIn(BackOfficeEvents.get(ExportsHandler.PAGE), member), null);
    }

    APIGatewayV2HTTPResponse export(SignedInMember member, String... fields) {
        return exports.handleRequest(exportForm(member, fields), null);
    }

    /** The export form as the page posts it for the member: its Origin, the member's token, then the fields. */
    static APIGatewayV2HTTPEvent exportForm(SignedInMember member, String... fields) {
        Map<String, String> sent = new HashMap<>();
        sent.put(FormGuard.FIELD, member.csrfToken());
        sent.putAll(BackOfficeEvents.fields(fields));
        return BackOfficeEvents.signedIn(BackOfficeEvents.post(ExportsHandler.DOWNLOAD, Map.of(), sent), member);
    }
}
