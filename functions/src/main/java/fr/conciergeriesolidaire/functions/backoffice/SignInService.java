package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.forms.FormReader;
import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Asking for a sign-in link, step by step: the address checked, the client's limit, the address's limit, the request
 * stored. The same steps, the same answer and the same work whatever the address: nothing here knows who is a
 * member (this function may not even read the members table), the link is made and sent after the answer, from the
 * table's stream ({@link SignInLinkSender}).
 */
public final class SignInService {
    /** Names the rate limits. */
    static final String CLIENT_ACTION = "sign-in";

    static final String ADDRESS_ACTION = "sign-in-address";
    /** The window of both limits. */
    static final Duration WINDOW = Duration.ofHours(1);
    /** Requests per client (one connection may serve a whole office) and per address, per window. */
    static final int PER_CLIENT = 20;

    static final int PER_ADDRESS = 5;
    /** The same words for both limits: the answer never says which one, nor anything about the address. */
    static final String REFUSAL = "signin.throttled";
    /** As long as the link it leads to. */
    static final Duration VALIDITY = SignInLinks.VALIDITY;

    private final RateLimiter perClient;
    private final RateLimiter perAddress;
    private final SignInRequests requests;
    private final Clock clock;

    SignInService(RateLimiter perClient, RateLimiter perAddress, SignInRequests requests, Clock clock) {
        this.perClient = perClient;
        this.perAddress = perAddress;
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * @param client the requester's address as the rate limit must see it
     * @param origin the site's origin the form was sent from, where the link will point
     * @throws fr.conciergeriesolidaire.functions.forms.InvalidInputException for an address we cannot send to
     * @throws fr.conciergeriesolidaire.functions.forms.TooManyRequestsException past either limit
     */
    public void request(SubmittedFields fields, String client, String origin) {
        String email = check(fields);
        Instant now = clock.instant();
        String requestId = UUID.randomUUID().toString();
        perClient.acquire(CLIENT_ACTION, client, requestId, now);
        perAddress.acquire(ADDRESS_ACTION, email, requestId, now);
        requests.put(new SignInRequest(requestId, email, origin, now, now.plus(VALIDITY)));
    }

    /** The normalised address, or the refusal tied to the field. */
    public String check(SubmittedFields fields) {
        FormReader reader = new FormReader(fields);
        Optional<String> email = reader.required(SignInFields.EMAIL, MemberAddresses::normalise, "form.email.invalid");
        reader.errors().throwIfAny();
        return email.orElseThrow();
    }
}
