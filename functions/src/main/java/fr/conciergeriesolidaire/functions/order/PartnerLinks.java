package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.access.AccessToken;
import fr.conciergeriesolidaire.functions.access.AccessTokens;
import fr.conciergeriesolidaire.functions.access.SecretToken;
import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.access.TokenKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A partner's private link to an order, in each of its e-mails about it: no account, no password, the link alone.
 *
 * <p>The token is <b>derived</b>, not drawn: the keyed hash of the order and the partner under the deployment's
 * secret (256 bits nobody without it can compute), stored only as its own keyed hash, bound to that partner and
 * order. A notifier that runs twice (a stream retry, the sweeper after a lost "sent" mark) writes the same link in
 * both e-mails and stores it once, without reading anything first and without keeping the value anywhere. The price:
 * whoever holds the secret can compute any partner's link, as they could not with random tokens, and one link cannot
 * be replaced by another, only deleted. A random token stored once would need its value kept (the retried e-mail must
 * carry it), or would give a new valid link at each retry.
 *
 * <p>It works as long as the order exists, and at most {@link #AFTER_THE_SLOT} after its drop-off: a partner has
 * nothing left to do with it by then, and the page also lists the partner's coming orders.
 */
public final class PartnerLinks {
    public static final String PATH = "/api/partenaire/";
    static final Duration AFTER_THE_SLOT = Duration.ofDays(30);
    private static final String PURPOSE = "partner-link";
    private static final String PARTNER = "partnerId";
    private static final String ORDER = "order";

    private final SecretTokens secrets;
    private final AccessTokens tokens;
    private final String siteUrl;
    private final Retention retention;

    /** @param siteUrl the site's address, which the links start with ({@code https://www.example.fr}) */
    public PartnerLinks(SecretTokens secrets, AccessTokens tokens, String siteUrl, Retention retention) {
        this.secrets = secrets;
        this.tokens = tokens;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        this.retention = retention;
    }

    /** The partner's link to the order, stored if it was not (the same link whenever asked). */
    public String issue(StoredOrder order, String partnerId, Instant now) {
        SecretToken token = token(order.reference(), partnerId);
        tokens.putIfAbsent(new AccessToken(
                token.hash(),
                TokenKind.PARTNER,
                Optional.empty(),
                Map.of(PARTNER, partnerId, ORDER, order.reference()),
                now,
                expiry(order)));
        return siteUrl + PATH + token.value();
    }

    /** Deletes the partner's link to the order (its erasure), computed again as it was issued. */
    public void revoke(String reference, String partnerId) {
        tokens.delete(token(reference, partnerId).hash());
    }

    private SecretToken token(String reference, String partnerId) {
        return secrets.derived(PURPOSE, reference + "\n" + partnerId);
    }

    /** What a presented link opens, if it is a live partner's link; nothing (no storage call) for a malformed one. */
    public Optional<PartnerAccess> open(String presented, Instant now) {
        return secrets.hashOf(presented)
                .flatMap(hash -> tokens.find(hash, now))
                .filter(token -> token.kind() == TokenKind.PARTNER)
                .filter(token ->
                        token.boundTo().containsKey(PARTNER) && token.boundTo().containsKey(ORDER))
                .map(token -> new PartnerAccess(
                        token.boundTo().get(PARTNER), token.boundTo().get(ORDER), token.hash()));
    }

    /** When the order's links stop working: with the order, and a month after its drop-off at the latest. */
    public Instant expiry(StoredOrder order) {
        Instant withTheOrder = retention.orderExpiry(order.createdAt());
        Instant afterTheSlot = order.request().slot().start().plus(AFTER_THE_SLOT);
        return withTheOrder.isBefore(afterTheSlot) ? withTheOrder : afterTheSlot;
    }
}
