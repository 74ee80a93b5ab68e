package fr.conciergeriesolidaire.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * A person tapping a phone's screen: each control is tapped where it shows (the tap fails if something covers it or
 * it lies off the page), then typed into with the on-screen keyboard.
 */
public final class Touch implements Hands {
    private final Browser browser;

    Touch(Browser browser) {
        this.browser = browser;
    }

    private WebElement tap(By target) {
        WebElement element = browser.find(target);
        element.click();
        return element;
    }

    @Override
    public Touch fill(By field, String text) {
        tap(field);
        browser.keyboard().type(text);
        return this;
    }

    @Override
    public Touch check(By control) {
        WebElement element = browser.find(control);
        if (!element.isSelected()) {
            element.click();
        }
        return this;
    }

    @Override
    public Touch choose(By select, String value) {
        new Select(tap(select)).selectByValue(value);
        return this;
    }

    @Override
    public Touch date(By field, LocalDate date) {
        tap(field);
        browser.keyboard().type(DateKeys.of(browser.driver(), date));
        return this;
    }

    /** Tapped at its start, where its first part (the day) shows: a tap in its middle lands in another part. */
    @Override
    public Touch dateTime(By field, LocalDateTime when) {
        WebElement element = browser.find(field);
        new Actions(browser.driver())
                .moveToElement(element, -element.getRect().getWidth() / 2 + 8, 0)
                .click()
                .perform();
        browser.keyboard().type(DateKeys.of(browser.driver(), when));
        return this;
    }

    @Override
    public Touch activate(By control) {
        tap(control);
        return this;
    }
}
