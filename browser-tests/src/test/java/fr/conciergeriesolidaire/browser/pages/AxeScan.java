package fr.conciergeriesolidaire.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.conciergeriesolidaire.browser.Browser;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core's checks of WCAG 2.1 levels A and AA on the page shown. axe runs as a script: the browser must run scripts,
 * or axe times out silently and finds nothing, hence the check that it ran.
 */
public final class AxeScan {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String CONTRAST = "color-contrast";

    private AxeScan() {}

    /**
     * Legacy mode runs axe.run() in the page; the default runs axe.runPartial() in each frame, then axe.finishRun()
     * in a blank window it opens, for cross-origin frames, which the site has none of (and the finishing window
     * costs 40 % of the scan here). Deprecated for that reason, which is not ours.
     */
    @SuppressWarnings("deprecation")
    public static void assertNoViolation(Browser browser, String page) {
        assertThat(browser.javaScript().enabled()).as("axe needs scripts").isTrue();
        Results results = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode().analyze(browser.driver());

        assertThat(results.isErrored())
                .as("axe ran on %s: %s", page, results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("axe checked %s", page).isNotEmpty();
        assertThat(results.getViolations())
                .as("%s: %s", page, describe(results.getViolations()))
                .isEmpty();
        // Contrast axe could not decide (text over an image, a gradient...) would be contrast nobody checked.
        assertThat(results.getIncomplete())
                .filteredOn(rule -> rule.getId().equals(CONTRAST))
                .as("%s: contrast left undecided: %s", page, describe(results.getIncomplete()))
                .isEmpty();
        assertThat(results.getPasses())
                .as("%s: the contrast of its text was checked", page)
                .anySatisfy(rule -> assertThat(rule.getId()).isEqualTo(CONTRAST));
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(AxeScan::describe).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return node.getTarget() + " " + node.getFailureSummary();
    }
}
