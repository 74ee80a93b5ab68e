package fr.conciergeriesolidaire.functions.backoffice;

import java.time.Instant;
import java.util.Optional;

/**
 * The sign-in requests waiting to be handled (template.yaml, SignInRequestsTable, whose stream hands each new one to
 * {@link SignInMailHandler}); each expires with the link it would give.
 */
interface SignInRequests {
    void put(SignInRequest request);

    /** The request as stored, unless handled or expired. */
    Optional<SignInRequest> find(String requestId, Instant now);

    void delete(String requestId);
}
