package fr.conciergeriesolidaire.functions.registration;

import java.time.Instant;
import java.util.List;

/**
 * A registration to write, pending: the valid request with the keys it is stored under.
 *
 * @param personKey the person's key for the event
 * @param candidates the references it may take, in order, each with its cancellation link's key
 * @param emailHash the address's key for "Mes données" (privacy.EmailKeys)
 * @param siteOrigin the site's origin the form came from, for its e-mails' links
 * @param expiresAt when its personal data is erased: the event's end plus the retention of registrations
 */
record NewRegistration(
        RegistrationRequest request,
        String personKey,
        List<Candidate> candidates,
        String emailHash,
        String siteOrigin,
        Instant expiresAt) {
    /** A reference the registration may take, and what it would store of its cancellation link's secret. */
    record Candidate(String reference, String cancelKey) {}

    NewRegistration {
        candidates = List.copyOf(candidates);
    }
}
