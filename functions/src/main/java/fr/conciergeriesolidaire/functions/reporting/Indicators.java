package fr.conciergeriesolidaire.functions.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the indicators of the twelve months up to one, from the stored orders and sign-ups (one Query per month and
 * one for the active sign-ups, never a scan). Amounts leave out cancelled orders and the services a partner refused;
 * the reach of a company site counts every person who placed an order there in the period, by their keyed e-mail key,
 * never by their address.
 */
final class Indicators {
    /** A year: the orders are kept 13 months (policies.yaml), so a full year is always there. */
    static final int MONTHS = 12;

    private final ReportingStore store;

    Indicators(ReportingStore store) {
        this.store = store;
    }

    Figures of(YearMonth last) {
        YearMonth first = last.minusMonths(MONTHS - 1L);
        List<Figures.Tally> months = new ArrayList<>();
        Map<String, Figures.Tally> counters = new LinkedHashMap<>();
        Map<String, Figures.Tally> partners = new LinkedHashMap<>();
        Map<String, Set<String>> peopleAt = new LinkedHashMap<>();
        Figures.Tally total = new Figures.Tally("", "", 0, 0);
        List<YearMonth> period = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            period.add(month);
        }
        Map<YearMonth, List<OrderFacts>> received = store.ordersReceivedIn(period);
        for (YearMonth month : period) {
            Figures.Tally ofMonth = new Figures.Tally(month.toString(), month.toString(), 0, 0);
            for (OrderFacts order : received.get(month)) {
                peopleAt.computeIfAbsent(order.counterId(), counter -> new HashSet<>())
                        .add(order.personKey());
                if (order.isCancelled()) {
                    continue;
                }
                ofMonth = ofMonth.plus(1, order.countedCents());
                counters.merge(
                        order.counterId(),
                        new Figures.Tally(order.counterId(), order.counterName(), 1, order.countedCents()),
                        (sum, one) -> sum.plus(one.count(), one.cents()));
                for (LineFacts line : order.lines()) {
                    if (line.counts()) {
                        partners.merge(
                                line.partnerId(),
                                new Figures.Tally(
                                        line.partnerId(), line.partnerName(), line.quantity(), line.totalCents()),
                                (sum, one) -> sum.plus(one.count(), one.cents()));
                    }
                }
            }
            months.add(ofMonth);
            total = total.plus(ofMonth.count(), ofMonth.cents());
        }
        return new Figures(first, last, months, byAmount(counters), byAmount(partners), total, reach(peopleAt));
    }

    /** Each active sign-up with its site: the different people who ordered at that site in the period. */
    private List<Figures.Reach> reach(Map<String, Set<String>> peopleAt) {
        List<Figures.Reach> sites = new ArrayList<>();
        for (SignUpFacts signUp : store.signUpsWithStatus(StoredValues.SIGN_UP_ACTIVE)) {
            if (signUp.counterId().isEmpty()) {
                continue;
            }
            Set<String> people = peopleAt.getOrDefault(signUp.counterId().get(), Set.of());
            long unkeyed = people.stream().filter(OrderFacts::isUnkeyed).count();
            sites.add(new Figures.Reach(
                    signUp.companyName(), signUp.counterId().get(), signUp.employees(), people.size(), unkeyed));
        }
        sites.sort(Comparator.comparing(Figures.Reach::company));
        return sites;
    }

    private static List<Figures.Tally> byAmount(Map<String, Figures.Tally> tallies) {
        return tallies.values().stream()
                .sorted(Comparator.comparingLong(Figures.Tally::cents)
                        .reversed()
                        .thenComparing(Figures.Tally::name))
                .toList();
    }
}
