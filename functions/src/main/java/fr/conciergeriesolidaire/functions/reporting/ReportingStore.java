package fr.conciergeriesolidaire.functions.reporting;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the indicators and exports read, by index only (never a scan): the orders received in a month, the sign-ups of
 * a status or received in a month. Read-only; failures to reach storage are {@code StorageUnavailableException}s.
 */
public interface ReportingStore {
    /** The orders received in that month (UTC, as the orders' {@code by-month} index keys them), oldest first. */
    List<OrderFacts> ordersReceivedIn(YearMonth month);

    /** The orders received in each of these months, by month in the order given (read at once where it can be). */
    default Map<YearMonth, List<OrderFacts>> ordersReceivedIn(List<YearMonth> months) {
        Map<YearMonth, List<OrderFacts>> orders = new LinkedHashMap<>();
        months.forEach(month -> orders.put(month, ordersReceivedIn(month)));
        return orders;
    }

    /** The sign-ups of a status ({@link StoredValues}), oldest first. */
    List<SignUpFacts> signUpsWithStatus(String status);

    /** The sign-ups received in that month (UTC), whatever their status: by status, then oldest first. */
    List<SignUpFacts> signUpsReceivedIn(YearMonth month);
}
