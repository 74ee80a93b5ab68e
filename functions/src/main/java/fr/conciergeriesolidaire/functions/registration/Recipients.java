package fr.conciergeriesolidaire.functions.registration;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The e-mails a registration sends, by recipient key of its outbox (all to the person): confirmed, on the waiting
 * list, promoted from it, the reminder of the day before (one per date, so that a moved event is reminded again), and
 * the news of the event cancelled, postponed or moved (one per version of the event that changed it).
 */
final class Recipients {
    static final String CONFIRMED = "confirmed";
    static final String WAITING = "waiting";
    static final String PROMOTED = "promoted";
    private static final String REMINDER = "reminder:";
    private static final String NOTICE = "event:";

    /** What became of the event. */
    enum Notice {
        CANCELLED,
        POSTPONED,
        MOVED;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private Recipients() {}

    static String reminder(LocalDate eventDay) {
        return REMINDER + eventDay;
    }

    static boolean isReminder(String recipient) {
        return recipient.startsWith(REMINDER);
    }

    static String notice(Notice notice, long eventVersion) {
        return NOTICE + notice.key() + ":" + eventVersion;
    }

    static Optional<Notice> noticeOf(String recipient) {
        if (!recipient.startsWith(NOTICE)) {
            return Optional.empty();
        }
        String kind = recipient.substring(NOTICE.length(), recipient.lastIndexOf(':'));
        for (Notice notice : Notice.values()) {
            if (notice.key().equals(kind)) {
                return Optional.of(notice);
            }
        }
        return Optional.empty();
    }
}
