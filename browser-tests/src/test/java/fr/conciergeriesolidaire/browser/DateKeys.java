package fr.conciergeriesolidaire.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The digits a person types into a date field: the field shows day, month and year in its locale's order (jj/mm/aaaa
 * in French, mm/dd/yyyy in American English), so the order is read from the browser rather than assumed.
 */
final class DateKeys {
    private DateKeys() {}

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
