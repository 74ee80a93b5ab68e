package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.AccessToken;
import fr.conciergeriesolidaire.functions.access.AccessTokens;
import fr.conciergeriesolidaire.functions.access.SecretToken;
import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.access.Sessions;
import fr.conciergeriesolidaire.functions.access.TokenKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in links: a random token bound to the member and to the address it is sent to, valid 15 minutes and once.
 * Following it shows a button (mail scanners that open links must not use it up); pressing the button takes the
 * token (one conditional delete: of two presses, one wins) and opens a new session.
 */
final class SignInLinks {
    static final Duration VALIDITY = Duration.ofMinutes(15);
    static final String PATH = "/api/backoffice/connexion/lien";
    static final String EMAIL_HASH = "emailHash";

    private final AccessTokens tokens;
    private final SecretTokens secrets;
    private final MemberStore members;
    private final Sessions sessions;

    SignInLinks(AccessTokens tokens, SecretTokens secrets, MemberStore members, Sessions sessions) {
        this.tokens = tokens;
        this.secrets = secrets;
        this.members = members;
        this.sessions = sessions;
    }

    /** A new link's token for the member, bound to the address it goes to. */
    SecretToken issue(Member member, Instant now) {
        SecretToken token = secrets.create();
        tokens.put(new AccessToken(
                token.hash(),
                TokenKind.SIGN_IN,
                Optional.of(member.memberId()),
                Map.of(EMAIL_HASH, member.emailHash()),
                now,
                now.plus(VALIDITY)));
        return token;
    }

    /** How long the browser keeps the session's cookie: as long as a session may last. */
    Duration sessionLifetime() {
        return sessions.policy().lifetime();
    }

    /** The link's address on the site. */
    static String url(String origin, SecretToken token) {
        return origin + PATH + "?" + SignInFields.TOKEN + "=" + token.value();
    }

    /** Whether the link would open a session now (read only: showing the button uses nothing up). */
    boolean isUsable(String presented, Instant now) {
        return secrets.hashOf(presented)
                .flatMap(hash -> tokens.find(hash, now))
                .filter(token -> token.kind() == TokenKind.SIGN_IN)
                .isPresent();
    }

    /**
     * Uses the link: a new session for its member.
     *
     * @throws InvalidLinkException when it opens nothing (the token is used up anyway)
     */
    Sessions.Opened open(String presented, Instant now) {
        AccessToken token = secrets.hashOf(presented)
                .flatMap(hash -> tokens.take(hash, TokenKind.SIGN_IN, now))
                .orElseThrow(InvalidLinkException::new);
        Member member = token.memberId().flatMap(members::find).orElseThrow(InvalidLinkException::new);
        if (!member.emailHash().equals(token.boundTo().get(EMAIL_HASH)) || member.endedSince(token.createdAt())) {
            throw new InvalidLinkException();
        }
        return sessions.open(member.memberId(), now);
    }
}
