package fr.conciergeriesolidaire.functions.order;

import java.util.Optional;

/**
 * What an order's private follow-up link is made from, stored on the order ({@link FollowUpLinks}).
 *
 * @param seed 256 random bits drawn when the order is taken: the link's key is its keyed hash, so the table alone
 *     opens nothing, and an order erased and taken again never reopens to an old link
 * @param siteOrigin the site's address the order was sent to ({@code https://…}), where the e-mailed link points
 */
public record FollowUpKey(String seed, Optional<String> siteOrigin) {
    @Override
    public String toString() {
        // Never the seed: a record's string may end up in a log.
        return "FollowUpKey[siteOrigin=" + siteOrigin.orElse("") + "]";
    }
}
