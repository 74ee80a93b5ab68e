package fr.conciergeriesolidaire.functions.reporting;

import java.time.YearMonth;
import java.util.List;

/**
 * The indicators of a period of months: orders and amounts per month, per counter and per partner (the business
 * brought to the local ESS partners, which the conciergerie reports to its funders), and for each active company site
 * the share of its headcount that ordered at least once.
 */
record Figures(
        YearMonth first,
        YearMonth last,
        List<Tally> months,
        List<Tally> counters,
        List<Tally> partners,
        Tally total,
        List<Reach> sites) {

    /**
     * What one thing (a month, a counter, a partner) counts: orders (or, for a partner, services ordered) and cents.
     */
    record Tally(String key, String name, long count, long cents) {
        Tally plus(long moreCount, long moreCents) {
            return new Tally(key, name, count + moreCount, cents + moreCents);
        }
    }

    /**
     * An active company site: its company, its headcount as agreed, and how many different people ordered there.
     *
     * @param unkeyed how many of those people are orders stored before orders kept their customer's key, each counted
     *     as a person of its own (so the share may be a little high)
     */
    record Reach(String company, String counterId, int employees, long people, long unkeyed) {
        /** Per cent of the headcount, rounded down (never more than 100). */
        int percent() {
            return employees == 0 ? 0 : (int) Math.min(100, people * 100 / employees);
        }
    }
}
