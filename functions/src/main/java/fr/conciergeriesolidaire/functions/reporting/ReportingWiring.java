package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.audit.AuditTrail;
import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.DynamoDbAuditTrail;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import fr.conciergeriesolidaire.functions.screens.Moments;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.time.Clock;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * The indicators and exports on AWS, from the function's environment (template.yaml): the orders and sign-ups tables
 * they read ({@code ORDERS_TABLE}, {@code SUBSCRIPTIONS_TABLE}), the audit table the exports are recorded in ({@code
 * AUDIT_TABLE}, the exports' function only), built once.
 */
public final class ReportingWiring {
    private final Environment environment;
    private final Clock clock;
    private final SiteData data = PackagedSiteData.data();
    private final AwsClients clients;

    public ReportingWiring(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
        this.clients = new AwsClients(environment);
    }

    /** What Lambda runs: the process environment and the real clock. */
    public static ReportingWiring fromEnvironment() {
        return new ReportingWiring(Environment.current(), Clock.systemUTC());
    }

    Indicators indicators() {
        return new Indicators(store());
    }

    IndicatorPages indicatorPages() {
        return new IndicatorPages(Screens.packaged());
    }

    MonthlyExports exports() {
        return new MonthlyExports(exportForm(), files(), audit(), clock);
    }

    ExportForm exportForm() {
        return new ExportForm(
                months(), (int) data.policies().retention().orders().toTotalMonths(), (int)
                        data.policies().retention().subscriptions().toTotalMonths());
    }

    ExportPages exportPages() {
        return new ExportPages(Screens.packaged(), new Moments(zone()));
    }

    Months months() {
        return new Months(clock, zone());
    }

    FormGuard formGuard() {
        return new FormGuard(new SiteOrigin(originGate()));
    }

    OriginGate originGate() {
        return OriginGate.of(environment.optional(OriginGate.ORIGIN_SECRET_VARIABLE));
    }

    /** How many months the indicators may end with: those whose orders are still kept. */
    int heldMonths() {
        return (int) data.policies().retention().orders().toTotalMonths();
    }

    private ExportFiles files() {
        return new ExportFiles(
                store(),
                Screens.packaged().wording(),
                data.counters().stream().collect(Collectors.toMap(Counter::id, Counter::name)),
                zone());
    }

    private ReportingStore store() {
        return new DynamoDbReportingStore(
                clients.dynamoDb(),
                environment.required("ORDERS_TABLE"),
                environment.required("SUBSCRIPTIONS_TABLE"),
                clock);
    }

    private AuditTrail audit() {
        return new DynamoDbAuditTrail(
                clients.dynamoDb(),
                environment.required("AUDIT_TABLE"),
                data.policies().retention(),
                clock);
    }

    private ZoneId zone() {
        return ZoneId.of(data.organisation().site().timeZone());
    }
}
