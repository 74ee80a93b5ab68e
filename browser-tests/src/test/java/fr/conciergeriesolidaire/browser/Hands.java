package fr.conciergeriesolidaire.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.openqa.selenium.By;

/**
 * How a visitor works a page: with the keyboard alone ({@link Keyboard}) or by tapping a phone's screen
 * ({@link Touch}). Journeys are written once against this and walked both ways.
 */
public interface Hands {
    /** Puts {@code text} into the field: reaches it, then types. */
    Hands fill(By field, String text);

    /** Ticks a checkbox, or chooses a radio button. */
    Hands check(By control);

    /** Chooses the option of a select whose value is {@code value}. */
    Hands choose(By select, String value);

    /** Enters a date in a date field, in the order the browser's locale shows its parts. */
    Hands date(By field, LocalDate date);

    /** Enters a date and a time in a date-and-time field: the date as {@link #date}, then the hour and minutes. */
    Hands dateTime(By field, LocalDateTime when);

    /** Follows a link or presses a button. */
    Hands activate(By control);
}
