package fr.conciergeriesolidaire.programme.event;

import java.util.Objects;

/**
 * How an event's calendar revision number (iCalendar's SEQUENCE) follows its changes: raised by one for each change
 * that people who noted the event must hear of (when, where, whether it takes place), so that their calendar
 * application replaces its copy; a better wording of the title or the text leaves it as it was (RFC 5545, 3.8.7.4).
 */
public final class Revisions {
    private Revisions() {}

    /** Whether the change moves the date or the place, or changes the status. */
    public static boolean noticeable(ProgrammeEvent before, ProgrammeEvent after) {
        return !before.start().toInstant().equals(after.start().toInstant())
                || !before.end().toInstant().equals(after.end().toInstant())
                || before.status() != after.status()
                || !before.neighbourhood().equals(after.neighbourhood())
                || !Objects.equals(before.customPlace(), after.customPlace());
    }

    /** {@code after} numbered from {@code before}: the same revision, or the next one when the change is noticeable. */
    public static ProgrammeEvent revised(ProgrammeEvent before, ProgrammeEvent after) {
        return after.withSequence(before.sequence() + (noticeable(before, after) ? 1 : 0));
    }
}
