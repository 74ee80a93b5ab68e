package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.catalog.wording.Wording;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of each monthly export ({@link SpreadsheetCsv}), headed by French column names (wording {@code
 * export.<slug>.columns}, separated by {@code ;} there too): amounts in euros with a decimal comma and no thousands
 * separator (so a spreadsheet reads numbers), dates as {@code 2026-03-02}, times in the conciergerie's time zone. No
 * customer and no contact person: what the reports read holds none.
 */
final class ExportFiles {
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final ReportingStore store;
    private final Wording wording;
    private final Map<String, String> counterNames;
    private final ZoneId zone;

    ExportFiles(ReportingStore store, Wording wording, Map<String, String> counterNames, ZoneId zone) {
        this.store = store;
        this.wording = wording;
        this.counterNames = counterNames;
        this.zone = zone;
    }

    String of(ExportKind kind, YearMonth month) {
        SpreadsheetCsv csv = new SpreadsheetCsv()
                .row(List.of(wording.get("export." + kind.slug() + ".columns").split(SpreadsheetCsv.SEPARATOR)));
        switch (kind) {
            case ORDERS -> orders(csv, month);
            case PARTNERS -> partners(csv, month);
            case SIGN_UPS -> signUps(csv, month);
        }
        return csv.text();
    }

    /** One row per ordered service, with its order and whether it counts in the partners' amounts. */
    private void orders(SpreadsheetCsv csv, YearMonth month) {
        for (OrderFacts order : store.ordersReceivedIn(month)) {
            for (LineFacts line : order.lines()) {
                boolean counted = !order.isCancelled() && line.counts();
                csv.row(List.of(
                        order.reference(),
                        received(order.createdAt()),
                        order.counterName(),
                        order.slotDate().toString(),
                        wording.get("report.order." + order.status()),
                        line.serviceName(),
                        line.unit(),
                        line.partnerName(),
                        Integer.toString(line.quantity()),
                        euros(line.unitPriceCents()),
                        euros(line.totalCents()),
                        wording.get("report.line." + line.status()),
                        wording.get(counted ? "export.yes" : "export.no")));
            }
        }
    }

    /** What a partner was brought in the month. */
    private record PartnerTotal(String name, long services, long orders, long cents) {
        PartnerTotal plus(PartnerTotal more) {
            return new PartnerTotal(name, services + more.services, orders + more.orders, cents + more.cents);
        }
    }

    /** One row per partner: services and orders that count, and their amount, largest first. */
    private void partners(SpreadsheetCsv csv, YearMonth month) {
        Map<String, PartnerTotal> totals = new LinkedHashMap<>();
        for (OrderFacts order : store.ordersReceivedIn(month)) {
            if (order.isCancelled()) {
                continue;
            }
            Map<String, PartnerTotal> ofOrder = new LinkedHashMap<>();
            for (LineFacts line : order.lines()) {
                if (line.counts()) {
                    // An order with two services of one partner is one order for that partner.
                    ofOrder.merge(
                            line.partnerId(),
                            new PartnerTotal(line.partnerName(), line.quantity(), 1, line.totalCents()),
                            (sum, one) -> new PartnerTotal(
                                    sum.name(), sum.services() + one.services(), 1, sum.cents() + one.cents()));
                }
            }
            ofOrder.forEach((partner, total) -> totals.merge(partner, total, PartnerTotal::plus));
        }
        totals.values().stream()
                .sorted(Comparator.comparingLong(PartnerTotal::cents).reversed())
                .forEach(total -> csv.row(List.of(
                        total.name(),
                        Long.toString(total.services()),
                        Long.toString(total.orders()),
                        euros(total.cents()))));
    }

    /** One row per sign-up received in the month, whatever its step now. */
    private void signUps(SpreadsheetCsv csv, YearMonth month) {
        for (SignUpFacts signUp : store.signUpsReceivedIn(month)) {
            csv.row(List.of(
                    signUp.reference(),
                    received(signUp.createdAt()),
                    wording.get("signup.status." + signUp.status()),
                    signUp.companyName(),
                    signUp.siret(),
                    signUp.site(),
                    Integer.toString(signUp.employees()),
                    signUp.startDate().toString(),
                    euros(signUp.monthlyCents()),
                    signUp.counterId()
                            .map(id -> counterNames.getOrDefault(id, id))
                            .orElse("")));
        }
    }

    private String received(Instant at) {
        return RECEIVED.format(at.atZone(zone));
    }

    /** "1234,50": a number a French spreadsheet reads, without the thousands separator it would take for text. */
    static String euros(long cents) {
        long remainder = Math.abs(cents % 100);
        return (cents < 0 ? "-" : "") + Math.abs(cents / 100) + "," + (remainder < 10 ? "0" : "") + remainder;
    }
}
