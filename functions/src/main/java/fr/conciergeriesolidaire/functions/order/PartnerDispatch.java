package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.catalog.PartnerEmails;
import fr.conciergeriesolidaire.catalog.SiteData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The notifier's part for a partner of a new order, in its retried place: records the partner's lines (its page and
 * its digest find them there), then either gives its link for an e-mail now or leaves the order to its digest.
 *
 * <p>Nothing is lost between an order and a digest: the lines are recorded before the clock is read, and the digest
 * of a window reads them, strongly consistent, only once its time has come ({@link PickupWindow#digestAt}). So an
 * order recorded before that time is in the digest, and one recorded after it (a notifier retried late) gets its own
 * e-mail. At worst, a retry after that time sends an e-mail for an order the digest also lists: doubled, never lost.
 */
final class PartnerDispatch implements PartnerNotices {
    private final SiteData data;
    private final PartnerLines lines;
    private final PartnerLinks links;
    private final Clock clock;
    private final ZoneId zone;

    PartnerDispatch(SiteData data, PartnerLines lines, PartnerLinks links, Clock clock) {
        this.data = data;
        this.lines = lines;
        this.links = links;
        this.clock = clock;
        this.zone = ZoneId.of(data.organisation().site().timeZone());
    }

    @Override
    public Optional<String> linkToSend(StoredOrder order, String partnerId) {
        lines.record(PartnerLine.of(order, partnerId, links.expiry(order)));
        Instant now = clock.instant();
        if (isDigestStillToCome(order, partnerId, now)) {
            return Optional.empty();
        }
        return Optional.of(links.issue(order, partnerId, now));
    }

    private boolean isDigestStillToCome(StoredOrder order, String partnerId, Instant now) {
        boolean onDigests = data.partner(partnerId)
                .map(Partner::orderEmails)
                .map(PartnerEmails.DIGEST::equals)
                .orElse(false);
        if (!onDigests) {
            return false;
        }
        PickupWindow window = PickupWindow.of(data.counter(order.request().counterId()), order.request(), zone);
        return now.isBefore(window.digestAt(data.policies().orders().minimumNotice()));
    }
}
