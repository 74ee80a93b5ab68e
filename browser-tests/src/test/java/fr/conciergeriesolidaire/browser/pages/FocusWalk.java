package fr.conciergeriesolidaire.browser.pages;

import fr.conciergeriesolidaire.browser.Browser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Every tab stop of the page shown, in order, as Tab reaches them from where the focus is, each with what makes its
 * focus visible. A recorder in the page reads the focused element's computed style as each Tab key goes down: the
 * focus the previous Tab gave has settled by then (a date field, for one, hands its focus on to its day part, where
 * the field's own :focus-visible rule no longer applies), and the Tabs can go in batches rather than one browser
 * round trip each.
 */
public final class FocusWalk {
    /** More stops than any page has: a walk that long is going round in circles. */
    private static final int MOST_STOPS = 300;

    private static final int TABS_PER_BATCH = 40;

    private static final String RECORDER = """
            const stops = window.__focusWalk = [];
            const keys = new Map();
            window.__focusNow = () => {
              const element = document.activeElement;
              if (!element || element === document.body) {
                return null;
              }
              if (!keys.has(element)) {
                keys.set(element, keys.size);
              }
              const style = getComputedStyle(element);
              const box = element.getBoundingClientRect();
              return {
                key: keys.get(element),
                element: element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                    + (element.getAttribute('href') ? '[href=' + element.getAttribute('href') + ']' : '')
                    + (element.name ? '[name=' + element.name + ']' : ''),
                outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
                shadow: style.boxShadow !== 'none',
                onScreen: box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
                    && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth
              };
            };
            let first = true;
            window.addEventListener('keydown', event => {
              if (event.key !== 'Tab') {
                return;
              }
              // The first Tab leaves where the walk starts from, which is not one of its stops.
              if (!first) {
                stops.push(window.__focusNow());
              }
              first = false;
            }, true);
            """;

    /** One tab stop: the element, whether an outline or a shadow shows its focus, whether it is on screen. */
    public record Stop(String element, boolean outline, boolean shadow, boolean onScreen) {
        public boolean focusVisible() {
            return (outline || shadow) && onScreen;
        }
    }

    private FocusWalk() {}

    /** From where the focus is to the last stop, before the focus leaves the page or comes round again. */
    public static List<Stop> of(Browser browser) {
        browser.read(RECORDER);
        List<Stop> stops = new ArrayList<>();
        while (stops.size() < MOST_STOPS) {
            new Actions(browser.driver())
                    .sendKeys(Collections.nCopies(TABS_PER_BATCH, Keys.TAB).toArray(CharSequence[]::new))
                    .perform();
            List<?> recorded = (List<?>) browser.read("return window.__focusWalk.concat([window.__focusNow()]);");
            stops.clear();
            for (Object entry : recorded) {
                Map<?, ?> focused = (Map<?, ?>) entry;
                if (focused == null || (!stops.isEmpty() && ((Number) focused.get("key")).intValue() == 0)) {
                    return stops;
                }
                stops.add(new Stop(
                        (String) focused.get("element"),
                        (Boolean) focused.get("outline"),
                        (Boolean) focused.get("shadow"),
                        (Boolean) focused.get("onScreen")));
            }
        }
        throw new AssertionError("More than " + MOST_STOPS + " tab stops: " + stops.subList(0, 20));
    }
}
