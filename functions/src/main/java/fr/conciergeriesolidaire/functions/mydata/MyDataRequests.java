package fr.conciergeriesolidaire.functions.mydata;

import java.time.Instant;
import java.util.Optional;

/**
 * The e-mails waiting to be sent (template.yaml, MyDataRequestsTable, whose stream hands each new one to {@link
 * MyDataMailHandler}); each expires if it could not be sent in time.
 */
interface MyDataRequests {
    void put(MyDataRequest request);

    /** The request as stored, unless handled or expired. */
    Optional<MyDataRequest> find(String requestId, Instant now);

    void delete(String requestId);
}
