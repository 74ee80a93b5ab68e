package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.functions.forms.EmailAddresses;
import fr.conciergeriesolidaire.functions.forms.FormReader;
import fr.conciergeriesolidaire.functions.forms.RateLimiter;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Asking for a "Mes données" link, step by step: the address checked, the client's limit, the address's limit, the
 * request stored. The same steps, the same answer and the same work whatever the address: nothing here knows whether
 * a record holds it (this function may not even read the records); the link is made and sent after the answer, from
 * the table's stream ({@link MyDataMailer}), and only if a record holds the address.
 */
final class MyDataRequestService {
    static final String CLIENT_ACTION = "my-data";
    static final String ADDRESS_ACTION = "my-data-address";
    static final Duration CLIENT_WINDOW = Duration.ofHours(1);
    static final int PER_CLIENT = 20;
    /** A day: one address gets at most five links a day, whoever asks. */
    static final Duration ADDRESS_WINDOW = Duration.ofDays(1);

    static final int PER_ADDRESS = 5;
    /** The same words for both limits: the answer never says which one, nor anything about the address. */
    static final String REFUSAL = "mydata.throttled";

    private final RateLimiter perClient;
    private final RateLimiter perAddress;
    private final MyDataRequests requests;
    private final Duration validity;
    private final Clock clock;

    /** @param validity how long a request waits for its e-mail: as long as the link it leads to */
    MyDataRequestService(
            RateLimiter perClient, RateLimiter perAddress, MyDataRequests requests, Duration validity, Clock clock) {
        this.perClient = perClient;
        this.perAddress = perAddress;
        this.requests = requests;
        this.validity = validity;
        this.clock = clock;
    }

    /**
     * @param client the requester's address as the rate limit must see it
     * @param origin the site's address the form was sent to, where the link will point
     * @throws fr.conciergeriesolidaire.functions.forms.InvalidInputException for an address we cannot send to
     * @throws fr.conciergeriesolidaire.functions.forms.TooManyRequestsException past either limit
     */
    void request(SubmittedFields fields, String client, String origin) {
        String email = check(fields);
        Instant now = clock.instant();
        String requestId = UUID.randomUUID().toString();
        perClient.acquire(CLIENT_ACTION, client, requestId, now);
        perAddress.acquire(ADDRESS_ACTION, email, requestId, now);
        requests.put(new MyDataRequest(
                requestId, MyDataRequest.Kind.LINK, email, origin, List.of(), now, now.plus(validity)));
    }

    /** The canonical address (lower case, NFC), or the refusal tied to the field. */
    String check(SubmittedFields fields) {
        FormReader reader = new FormReader(fields);
        Optional<String> email = reader.required(MyDataFields.EMAIL, EmailAddresses::canonical, "form.email.invalid");
        reader.errors().throwIfAny();
        return email.orElseThrow();
    }
}
