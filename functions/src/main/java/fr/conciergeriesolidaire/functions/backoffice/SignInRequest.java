package fr.conciergeriesolidaire.functions.backoffice;

import java.time.Instant;

/**
 * Someone asked for a sign-in link: stored as is, whoever they are, for the stream to handle after the answer
 * ({@link SignInLinkSender}), so that the answer never depends on whether the address is a member's.
 *
 * @param requestId random
 * @param email the normalised address typed
 * @param origin the site's origin the request was sent to ({@code https://…}), where the link will point
 */
record SignInRequest(String requestId, String email, String origin, Instant createdAt, Instant expiresAt) {}
