package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.catalog.PartnerEmails;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.order.PartnerLines;
import fr.conciergeriesolidaire.functions.order.PickupWindow;
import fr.conciergeriesolidaire.functions.outbox.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the digests whose time has come, every few minutes: for each partner on digests, each pickup window of its
 * counters from the moment no order can reach it any more ({@link PickupWindow#digestAt}) until it closes, if the
 * partner has lines in it. Making one is a conditional write (one per partner and window, whatever runs overlap); its
 * e-mail is tried at once, and otherwise by the sweep of the digests' outbox. So a digest is sent once, even if a run
 * dies between the two steps.
 */
final class DigestScheduler {
    private final SiteData data;
    private final PartnerLines lines;
    private final Digests digests;
    private final Notifier notifier;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration notice;

    DigestScheduler(SiteData data, PartnerLines lines, Digests digests, Notifier notifier, Clock clock) {
        this.data = data;
        this.lines = lines;
        this.digests = digests;
        this.notifier = notifier;
        this.clock = clock;
        this.zone = ZoneId.of(data.organisation().site().timeZone());
        this.notice = data.policies().orders().minimumNotice();
    }

    /** @return how many digests this run made */
    int run() {
        Instant now = clock.instant();
        int made = 0;
        for (Partner partner : data.partners()) {
            if (partner.orderEmails() != PartnerEmails.DIGEST) {
                continue;
            }
            for (PickupWindow window : dueWindows(partner, now)) {
                if (make(partner.id(), window, now)) {
                    made++;
                }
            }
        }
        return made;
    }

    /** The windows of the partner's counters due now: yesterday's to those as far ahead as the notice reaches. */
    private List<PickupWindow> dueWindows(Partner partner, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<PickupWindow> due = new ArrayList<>();
        for (String counterId : partner.counters()) {
            Optional<Counter> counter = data.counter(counterId);
            if (counter.isEmpty()) {
                continue;
            }
            for (long offset = -1; offset <= notice.toDays() + 1; offset++) {
                PickupWindow.on(counter.get(), today.plusDays(offset), zone).stream()
                        .filter(window -> isDue(window, now))
                        .forEach(due::add);
            }
        }
        return due;
    }

    private boolean isDue(PickupWindow window, Instant now) {
        return !now.isBefore(window.digestAt(notice)) && now.isBefore(window.end());
    }

    private boolean make(String partnerId, PickupWindow window, Instant now) {
        boolean hasLines = lines.of(partnerId, window.start(), window.end()).stream()
                .anyMatch(line -> line.counterId().equals(window.counterId()));
        if (!hasLines || !digests.create(partnerId, window, now)) {
            return false;
        }
        try {
            notifier.deliver(Digest.id(partnerId, window));
        } catch (RuntimeException later) {
            // Made and due: the sweep that follows, or the next run's, sends it.
            System.getLogger(DigestScheduler.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "Digest left to the sweep: {0}",
                            later.getClass().getSimpleName());
        }
        return true;
    }
}
