package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicators' page ({@code pages/indicators.ftlh}): the period chosen, then for each figure a chart
 * ({@link BarChart}) and the same figures in a table.
 */
final class IndicatorPages {
    static final String END = "fin";
    /** A third of a site's headcount: the first year's mark at the first company conciergerie (the interview). */
    private static final double THIRD = 100.0 / 3;

    private final Screens screens;
    private final Wording wording;

    IndicatorPages(Screens screens) {
        this.screens = screens;
        this.wording = screens.wording();
    }

    /** @param ends the months a period may end with, newest first */
    HttpResponse indicators(ScreenFrame frame, Figures figures, List<YearMonth> ends) {
        String period = wording.format("indicators.period", Months.name(figures.first()), Months.name(figures.last()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("period", period);
        model.put("endName", END);
        model.put("action", Navigation.INDICATORS);
        model.put(
                "ends",
                ends.stream()
                        .map(month -> Map.of(
                                "value", month.toString(),
                                "label", Months.name(month),
                                "selected", month.equals(figures.last())))
                        .toList());
        model.put("months", monthRows(figures));
        model.put("total", row(wording.get("indicators.total"), figures.total()));
        model.put(
                "counters",
                figures.counters().stream()
                        .map(tally -> row(tally.name(), tally))
                        .toList());
        model.put(
                "partners",
                figures.partners().stream()
                        .map(tally -> row(tally.name(), tally))
                        .toList());
        model.put("sites", siteRows(figures));
        long unkeyed =
                figures.sites().stream().mapToLong(Figures.Reach::unkeyed).sum();
        model.put(
                "unkeyed", unkeyed == 0 ? "" : wording.format("indicators.sites.unkeyed", FrenchFormat.count(unkeyed)));
        model.put("ordersChart", ordersChart(figures, period));
        model.put("amountsChart", amountsChart(figures, period));
        model.put("countersChart", tallyChart("comptoirs", "indicators.counters", figures.counters(), period));
        model.put("partnersChart", tallyChart("partenaires", "indicators.partners", figures.partners(), period));
        model.put("sitesChart", sitesChart(figures, period));
        return screens.page(200, frame, wording.get("indicators.title"), "indicators.ftlh", model);
    }

    private List<Map<String, String>> monthRows(Figures figures) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Figures.Tally month : figures.months()) {
            rows.add(row(Months.name(YearMonth.parse(month.key())), month));
        }
        return rows;
    }

    private List<Map<String, String>> siteRows(Figures figures) {
        return figures.sites().stream()
                .map(site -> Map.of(
                        "company", site.company(),
                        "people",
                                wording.format(
                                        "indicators.sites.people",
                                        FrenchFormat.count(site.people()),
                                        FrenchFormat.count(site.employees())),
                        "share", percent(site.percent())))
                .toList();
    }

    private static Map<String, String> row(String name, Figures.Tally tally) {
        return Map.of(
                "name", name, "count", FrenchFormat.count(tally.count()), "amount", FrenchFormat.price(tally.cents()));
    }

    private Map<String, Object> ordersChart(Figures figures, String period) {
        List<BarChart.Bar> bars = figures.months().stream()
                .map(month -> new BarChart.Bar(
                        Months.shortName(YearMonth.parse(month.key())),
                        month.count(),
                        FrenchFormat.count(month.count())))
                .toList();
        long max = bars.stream().mapToLong(BarChart.Bar::value).max().orElse(0);
        return BarChart.columns(
                "commandes",
                wording.get("indicators.orders"),
                wording.format(
                        "indicators.orders.description",
                        period,
                        FrenchFormat.count(figures.total().count()),
                        FrenchFormat.count(max)),
                wording.format("indicators.scale", FrenchFormat.count(max)),
                bars);
    }

    private Map<String, Object> amountsChart(Figures figures, String period) {
        List<BarChart.Bar> bars = figures.months().stream()
                .map(month -> new BarChart.Bar(Months.shortName(YearMonth.parse(month.key())), month.cents(), ""))
                .toList();
        long max = bars.stream().mapToLong(BarChart.Bar::value).max().orElse(0);
        return BarChart.columns(
                "montants",
                wording.get("indicators.amounts"),
                wording.format(
                        "indicators.amounts.description",
                        period,
                        FrenchFormat.price(figures.total().cents()),
                        FrenchFormat.price(max)),
                wording.format("indicators.scale", FrenchFormat.price(max)),
                bars);
    }

    private Map<String, Object> tallyChart(String id, String key, List<Figures.Tally> tallies, String period) {
        List<BarChart.Bar> bars = tallies.stream()
                .map(tally -> new BarChart.Bar(tally.name(), tally.cents(), FrenchFormat.price(tally.cents())))
                .toList();
        String description = tallies.isEmpty()
                ? wording.format(key + ".none", period)
                : wording.format(
                        key + ".description",
                        period,
                        tallies.get(0).name(),
                        FrenchFormat.price(tallies.get(0).cents()));
        long max = bars.stream().mapToLong(BarChart.Bar::value).max().orElse(0);
        return BarChart.rows(id, wording.get(key), description, bars, max, -1);
    }

    private Map<String, Object> sitesChart(Figures figures, String period) {
        List<BarChart.Bar> bars = figures.sites().stream()
                .map(site -> new BarChart.Bar(site.company(), site.percent(), percent(site.percent())))
                .toList();
        String description = wording.format(
                figures.sites().isEmpty() ? "indicators.sites.none" : "indicators.sites.description", period);
        return BarChart.rows("sites", wording.get("indicators.sites"), description, bars, 100, THIRD);
    }

    private static String percent(int percent) {
        return percent + FrenchFormat.NBSP + "%";
    }
}
