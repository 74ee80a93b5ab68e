package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer's private link to follow their order: {@code /api/orders/follow-up?reference=…&jeton=…}, where the key is
 * the keyed hash (HMAC-SHA256, {@code HASH_SECRET}) of the order's random seed. Derived, not drawn: the submission's
 * answer, every replay of it, the confirmation page and every e-mail the notifier (re)sends compute the same working
 * link from the stored order, and no second write is needed. The key exists only where it is shown; the table holds
 * the seed, which opens nothing without the secret. It works as long as the order is kept, and never once the order
 * is erased (its seed goes with it).
 */
public final class FollowUpLinks {
    public static final String PATH = "/api/orders/follow-up";
    public static final String CANCEL_PATH = PATH + "/annulation";
    static final String REFERENCE = "reference";
    static final String KEY = "jeton";

    private static final String PURPOSE = "order-follow-up";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyedHash hash;

    public FollowUpLinks(KeyedHash hash) {
        this.hash = hash;
    }

    /** A new order's seed, and the site's address it was sent to. */
    static FollowUpKey newKey(Optional<String> siteOrigin) {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return new FollowUpKey(Base64.getUrlEncoder().withoutPadding().encodeToString(seed), siteOrigin);
    }

    /** The order's link key, if it has a seed. */
    Optional<String> key(StoredOrder order) {
        return order.followUp().map(followUp -> key(order.reference(), followUp.seed()));
    }

    /** Whether the presented key is this order's (constant time: a comparison tells nothing of a guess). */
    boolean opens(StoredOrder order, String presented) {
        return presented != null
                && WELL_FORMED.matcher(presented).matches()
                && key(order)
                        .map(key -> MessageDigest.isEqual(
                                key.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII)))
                        .orElse(false);
    }

    /** The follow-up page's path and query, for the site's own pages. */
    Optional<String> path(StoredOrder order) {
        return key(order).map(key -> query(PATH, order.reference(), key));
    }

    /** The link in full, for e-mails: on the site's address the order came from, else on {@code fallbackOrigin}. */
    Optional<String> url(StoredOrder order, String fallbackOrigin) {
        return path(order)
                .map(path -> order.followUp().flatMap(FollowUpKey::siteOrigin).orElse(fallbackOrigin) + path);
    }

    /** {@code path?reference=…&jeton=…} */
    static String query(String path, String reference, String key) {
        return path + "?" + REFERENCE + "=" + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "&" + KEY + "="
                + key;
    }

    private String key(String reference, String seed) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash.bytes(PURPOSE, reference + "\u0000" + seed));
    }
}
