package fr.conciergeriesolidaire.functions.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bars' geometry in the units of the SVG's viewBox, which the page stretches to its box. */
class BarChartTest {
    @Test
    void givenMonthsThenEachColumnStandsInTheMiddleOfItsSlotAndTheLargestReachesTheTop() {
        Map<String, Object> chart = BarChart.columns(
                "commandes",
                "Commandes par mois",
                "Description",
                "Maximum : 4",
                List.of(
                        new BarChart.Bar("janv.", 4, "4"),
                        new BarChart.Bar("févr.", 1, "1"),
                        new BarChart.Bar("mars", 0, "")));

        assertThat(chart)
                .containsEntry("kind", "columns")
                .containsEntry("width", "30")
                .containsEntry("height", "50");
        List<Map<String, String>> bars = bars(chart);
        assertThat(bars).extracting(bar -> bar.get("x")).containsExactly("2.0", "12.0", "22.0");
        assertThat(bars).extracting(bar -> bar.get("width")).containsOnly("6.0");
        assertThat(bars.get(0)).containsEntry("y", "1.0").containsEntry("height", "49.0");
        assertThat(bars.get(1)).containsEntry("y", "37.8").containsEntry("height", "12.3");
        assertThat(bars.get(2)).containsEntry("y", "50.0").containsEntry("height", "0.0");
        assertThat(words(chart)).extracting(word -> word.get("label")).containsExactly("janv.", "févr.", "mars");
    }

    @Test
    void givenSharesThenRowsAreCappedAtTheFullWidthAndTheThirdIsMarked() {
        Map<String, Object> chart = BarChart.rows(
                "sites",
                "Part des salariés",
                "Description",
                List.of(
                        new BarChart.Bar("A", 50, "50 %"),
                        new BarChart.Bar("B", 0, "0 %"),
                        new BarChart.Bar("C", 200, "200 %")),
                100,
                100.0 / 3);

        assertThat(chart)
                .containsEntry("kind", "rows")
                .containsEntry("width", "100")
                .containsEntry("height", "60")
                .containsEntry("markX", "33.3");
        List<Map<String, String>> bars = bars(chart);
        assertThat(bars).extracting(bar -> bar.get("y")).containsExactly("5", "25", "45");
        assertThat(bars).extracting(bar -> bar.get("width")).containsExactly("50.0", "0.5", "100.0");
        assertThat(words(chart)).extracting(word -> word.get("value")).containsExactly("50 %", "0 %", "200 %");
    }

    @Test
    void givenNoMarkThenNoLineIsDrawn() {
        Map<String, Object> chart = BarChart.rows(
                "partenaires", "Partenaires", "Description", List.of(new BarChart.Bar("A", 3, "3")), 3, -1);

        assertThat(chart).containsEntry("markX", "");
        assertThat(bars(chart).get(0)).containsEntry("width", "100.0");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> bars(Map<String, Object> chart) {
        return (List<Map<String, String>>) chart.get("bars");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> words(Map<String, Object> chart) {
        return (List<Map<String, String>>) chart.get("words");
    }
}
