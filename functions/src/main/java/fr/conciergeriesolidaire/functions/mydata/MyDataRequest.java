package fr.conciergeriesolidaire.functions.mydata;

import java.time.Instant;
import java.util.List;

/**
 * An e-mail to send to a person after the answer to them was given, stored until the requests table's stream sends it
 * ({@link MyDataMailer}): a "Mes données" link asked for (sent only if a record holds the address), or the
 * confirmation of an erasure (the erased records' address, kept no longer than the sending takes, a day at most).
 *
 * @param email the address, normalised
 * @param origin the site's address the request came to ({@code https://…}), where the link points
 * @param erased for a confirmation, the records erased, as {@code kind:reference}
 */
record MyDataRequest(
        String requestId,
        Kind kind,
        String email,
        String origin,
        List<String> erased,
        Instant createdAt,
        Instant expiresAt) {
    enum Kind {
        LINK,
        ERASED
    }

    MyDataRequest {
        erased = List.copyOf(erased);
    }

    @Override
    public String toString() {
        // Never the address: a record's string may end up in a log.
        return "MyDataRequest[" + requestId + ", " + kind + "]";
    }
}
