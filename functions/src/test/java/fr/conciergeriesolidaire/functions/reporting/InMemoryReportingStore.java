package fr.conciergeriesolidaire.functions.reporting;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The reports' reads on facts held in memory, for handler tests; the queries themselves run on dynalite (ReportingIT). */
final class InMemoryReportingStore implements ReportingStore {
    final List<OrderFacts> orders = new ArrayList<>();
    final List<SignUpFacts> signUps = new ArrayList<>();
    /** How many month queries were made, to check a period reads each of its months once. */
    final List<YearMonth> monthsRead = new ArrayList<>();

    @Override
    public synchronized List<OrderFacts> ordersReceivedIn(YearMonth month) {
        monthsRead.add(month);
        return orders.stream()
                .filter(order -> YearMonth.from(order.createdAt().atOffset(ZoneOffset.UTC))
                        .equals(month))
                .sorted(Comparator.comparing(OrderFacts::createdAt))
                .toList();
    }

    @Override
    public synchronized List<SignUpFacts> signUpsWithStatus(String status) {
        return signUps.stream().filter(signUp -> signUp.status().equals(status)).toList();
    }

    @Override
    public synchronized List<SignUpFacts> signUpsReceivedIn(YearMonth month) {
        List<SignUpFacts> received = new ArrayList<>();
        for (String status : StoredValues.SIGN_UP_STATUSES) {
            signUps.stream()
                    .filter(signUp -> signUp.status().equals(status))
                    .filter(signUp -> YearMonth.from(signUp.createdAt().atOffset(ZoneOffset.UTC))
                            .equals(month))
                    .forEach(received::add);
        }
        return received;
    }
}
