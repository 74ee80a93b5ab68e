package fr.conciergeriesolidaire.functions.order;

import java.util.Optional;

/** What a partner gets when an order concerning it is stored: an e-mail with its private link, or a digest later. */
interface PartnerNotices {
    /**
     * The link the partner's e-mail about the order carries, to send now; empty when the order waits for the
     * partner's digest instead (nothing to send now).
     */
    Optional<String> linkToSend(StoredOrder order, String partnerId);
}
