package fr.conciergeriesolidaire.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * The digits a person types into a date field: the field shows day, month and year in its locale's order (jj/mm/aaaa
 * in French, mm/dd/yyyy in American English), so the order is read from the browser rather than assumed.
 */
final class DateKeys {
    private DateKeys() {}

    /**
     * The keys of a date-and-time field: its date's digits, Tab to its time (the date part is full), then the hour
     * and minutes, and AM or PM where the browser's locale counts hours to 12.
     */
    static String of(WebDriver driver, LocalDateTime when) {
        String keys = of(driver, when.toLocalDate())
                + Keys.TAB
                + String.format(Locale.ROOT, "%02d%02d", when.getHour(), when.getMinute());
        // On a 12-hour clock the field also wants its half of the day (typing 14 makes it PM, 12 does not).
        return twelveHours(driver) ? keys + (when.getHour() < 12 ? "A" : "P") : keys;
    }

    private static boolean twelveHours(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return new Intl.DateTimeFormat(undefined, {hour: 'numeric', minute: '2-digit'})"
                        + ".formatToParts(new Date(2000, 10, 22, 15, 30)).some(p => p.type === 'dayPeriod');"));
    }

    static String of(WebDriver driver, LocalDate date) {
        Object parts = ((JavascriptExecutor) driver)
                .executeScript(
                        "return new Intl.DateTimeFormat(undefined, {year: 'numeric', month: '2-digit', day: '2-digit'})"
                                + ".formatToParts(new Date(2000, 10, 22)).map(p => p.type).filter(t => t !== 'literal');");
        StringBuilder keys = new StringBuilder();
        for (Object part : (List<?>) parts) {
            keys.append(
                    switch (part.toString()) {
                        case "day" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
                        case "month" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
                        case "year" -> Integer.toString(date.getYear());
                        default -> throw new IllegalStateException("Unknown date part: " + part);
                    });
        }
        return keys.toString();
    }
}
