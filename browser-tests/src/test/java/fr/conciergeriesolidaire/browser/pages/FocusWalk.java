package fr.conciergeriesolidaire.browser.pages;

import fr.conciergeriesolidaire.browser.Browser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every tab stop of the page shown, in order, as Tab reaches them from where the focus is, each with what makes its
 * focus visible: the computed style once the focus has settled (a date field, for one, hands its focus on to its day
 * field, where the field's own :focus-visible rule no longer applies), so one Tab at a time.
 */
final class FocusWalk {
    /** More stops than any page has: a walk that long is going round in circles. */
    private static final int MOST_STOPS = 300;

    private static final String FOCUSED = """
            const element = document.activeElement;
            if (!element || element === document.body) {
              return null;
            }
            window.__focusKeys = window.__focusKeys || new Map();
            if (!window.__focusKeys.has(element)) {
              window.__focusKeys.set(element, window.__focusKeys.size);
            }
            const style = getComputedStyle(element);
            const box = element.getBoundingClientRect();
            return {
              key: window.__focusKeys.get(element),
              element: element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                  + (element.getAttribute('href') ? '[href=' + element.getAttribute('href') + ']' : '')
                  + (element.name ? '[name=' + element.name + ']' : ''),
              outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
              shadow: style.boxShadow !== 'none',
              onScreen: box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
                  && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth
            };
            """;

    /** One tab stop: the element, whether an outline or a shadow shows its focus, whether it is on screen. */
    record Stop(String element, boolean outline, boolean shadow, boolean onScreen) {
        boolean focusVisible() {
            return (outline || shadow) && onScreen;
        }
    }

    private FocusWalk() {}

    /** From where the focus is to the last stop, before the focus leaves the page or comes round again. */
    static List<Stop> of(Browser browser) {
        List<Stop> stops = new ArrayList<>();
        while (stops.size() < MOST_STOPS) {
            browser.keyboard().tab();
            Map<?, ?> focused = (Map<?, ?>) browser.read(FOCUSED);
            if (focused == null || (!stops.isEmpty() && ((Number) focused.get("key")).intValue() == 0)) {
                return stops;
            }
            stops.add(new Stop(
                    (String) focused.get("element"),
                    (Boolean) focused.get("outline"),
                    (Boolean) focused.get("shadow"),
                    (Boolean) focused.get("onScreen")));
        }
        throw new AssertionError("More than " + MOST_STOPS + " tab stops: " + stops.subList(0, 20));
    }
}
