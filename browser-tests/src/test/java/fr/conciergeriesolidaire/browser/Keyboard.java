package fr.conciergeriesolidaire.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person using the keyboard alone: keys go to whatever has the focus (never to an element picked by the test),
 * and the focus only moves with Tab and Shift-Tab, arrows within a group of radio buttons, or as the page moves it.
 */
public final class Keyboard implements Hands {
    /** More tab stops than any page has: past this, the element sought is not reachable by Tab. */
    private static final int MOST_TAB_STOPS = 250;

    private final WebDriver driver;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    /** Keys pressed in order on the focused element: text, Keys.ENTER, Keys.SPACE, arrows... */
    public Keyboard press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Types text into the focused field. */
    public Keyboard type(String text) {
        return press(text);
    }

    public Keyboard tab() {
        return press(Keys.TAB);
    }

    public Keyboard shiftTab() {
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        return this;
    }

    public Keyboard enter() {
        return press(Keys.ENTER);
    }

    public Keyboard space() {
        return press(Keys.SPACE);
    }

    /** Selects the whole content of the focused field and deletes it. */
    public Keyboard clear() {
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(Keys.BACK_SPACE)
                .perform();
        return this;
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Tabs until the element found by {@code target} has the focus: forward if it comes after the focused element in
     * the page, back with Shift-Tab if it comes before, as a person would; fails if it is never reached.
     */
    public WebElement tabTo(By target) {
        return moveTo(List.of(driver.findElement(target)), target.toString());
    }

    @Override
    public Keyboard fill(By field, String text) {
        tabTo(field);
        return type(text);
    }

    /**
     * A checkbox is a tab stop of its own; a group of radio buttons is one tab stop, within which the arrows move to
     * the wanted one. Space then ticks it.
     */
    @Override
    public Keyboard check(By control) {
        WebElement wanted = driver.findElement(control);
        if ("radio".equals(wanted.getAttribute("type"))) {
            String group = "input[type=radio][name='" + wanted.getAttribute("name") + "']";
            moveTo(driver.findElements(By.cssSelector(group)), group);
            for (int step = 0; step < 20 && !focused().equals(wanted); step++) {
                press(Keys.ARROW_DOWN);
            }
            if (!focused().equals(wanted)) {
                throw new AssertionError("The arrows never reach " + control + " in its group");
            }
        } else {
            tabTo(control);
        }
        if (!wanted.isSelected()) {
            space();
        }
        return this;
    }

    /** The arrows go through a focused select's options, one at a time, until the wanted one is chosen. */
    @Override
    public Keyboard choose(By select, String value) {
        WebElement list = tabTo(select);
        int options = list.findElements(By.tagName("option")).size();
        for (int step = 0; step < options && !value.equals(list.getAttribute("value")); step++) {
            press(Keys.ARROW_DOWN);
        }
        if (!value.equals(list.getAttribute("value"))) {
            throw new AssertionError("The arrows never choose " + value + " in " + select);
        }
        return this;
    }

    @Override
    public Keyboard date(By field, LocalDate date) {
        tabTo(field);
        return type(DateKeys.of(driver, date));
    }

    @Override
    public Keyboard dateTime(By field, LocalDateTime when) {
        tabTo(field);
        return type(DateKeys.of(driver, when));
    }

    @Override
    public Keyboard activate(By control) {
        tabTo(control);
        return enter();
    }

    /** Tabs, or Shift-Tabs if they come before the focus, until one of {@code targets} has the focus. */
    private WebElement moveTo(List<WebElement> targets, String description) {
        boolean back = Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "return !!(arguments[0].compareDocumentPosition(document.activeElement)"
                                + " & Node.DOCUMENT_POSITION_FOLLOWING);",
                        targets.get(0)));
        List<WebElement> passed = new ArrayList<>();
        for (int stop = 0; stop < MOST_TAB_STOPS; stop++) {
            WebElement focused = focused();
            if (targets.contains(focused)) {
                return focused;
            }
            passed.add(focused);
            if (back) {
                shiftTab();
            } else {
                tab();
            }
        }
        throw unreachable(description, back ? "Shift-Tab" : "Tab", passed);
    }

    private static AssertionError unreachable(String description, String key, List<WebElement> passed) {
        List<String> path =
                passed.stream().limit(60).map(Keyboard::describeIfThere).toList();
        return new AssertionError("Not reachable by " + key + ": " + description + "; the focus went through "
                + String.join(" → ", path));
    }

    private static String describeIfThere(WebElement element) {
        try {
            return describe(element);
        } catch (StaleElementReferenceException gone) {
            return "(gone)";
        }
    }

    /** "input#email", "a(Commander)": the focused element as a person would point at it. */
    public static String describe(WebElement element) {
        String id = element.getAttribute("id");
        String text = element.getText().strip();
        return element.getTagName()
                + (id == null || id.isEmpty() ? "" : "#" + id)
                + (text.isEmpty() ? "" : "(" + (text.length() > 30 ? text.substring(0, 30) + "…" : text) + ")");
    }
}
