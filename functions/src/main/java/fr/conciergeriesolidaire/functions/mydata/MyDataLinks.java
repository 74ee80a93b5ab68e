package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.functions.access.AccessToken;
import fr.conciergeriesolidaire.functions.access.AccessTokens;
import fr.conciergeriesolidaire.functions.access.SecretToken;
import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.access.TokenKind;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * "Mes données" links: a random token (256 bits, stored only as its keyed hash) bound to the keyed hash of the address
 * it was sent to, valid 30 minutes (policies.yaml), as often as needed within them (to list, download, then erase); erasing
 * everything uses it up. The address itself is never in the table, nor in the link.
 */
final class MyDataLinks {
    static final String PATH = "/api/mes-donnees";
    static final String EMAIL_HASH = "emailHash";

    private final AccessTokens tokens;
    private final SecretTokens secrets;
    private final Duration validity;

    /** @param validity how long a link works (policies.yaml, retention.myDataLinks) */
    MyDataLinks(AccessTokens tokens, SecretTokens secrets, Duration validity) {
        this.tokens = tokens;
        this.secrets = secrets;
        this.validity = validity;
    }

    Duration validity() {
        return validity;
    }

    /** A new link's token for that e-mail key. */
    SecretToken issue(String emailHash, Instant now) {
        SecretToken token = secrets.create();
        tokens.put(new AccessToken(
                token.hash(),
                TokenKind.MY_DATA,
                Optional.empty(),
                Map.of(EMAIL_HASH, emailHash),
                now,
                now.plus(validity)));
        return token;
    }

    /** The link in full, on the site's address the request came to. */
    static String url(String origin, SecretToken token) {
        return origin + PATH + "?" + MyDataFields.KEY + "=" + token.value();
    }

    /**
     * The e-mail key the link opens.
     *
     * @throws NoSuchRecordException for a link that opens nothing (never issued, expired, used up): one refusal
     */
    String open(String presented, Instant now) {
        return secrets.hashOf(presented)
                .flatMap(hash -> tokens.find(hash, now))
                .filter(token -> token.kind() == TokenKind.MY_DATA)
                .map(token -> token.boundTo().get(EMAIL_HASH))
                .orElseThrow(NoSuchRecordException::new);
    }

    /** Ends the link (everything it opened is erased). */
    void end(String presented) {
        secrets.hashOf(presented).ifPresent(tokens::delete);
    }
}
