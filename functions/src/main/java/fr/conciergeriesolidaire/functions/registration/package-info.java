/**
 * Registering for an event of the programme: {@code POST /api/events/{event}/registrations} and the places left ({@code
 * GET .../availability}), the waiting list that moves by itself, the private cancellation link, the e-mails
 * (confirmation, waiting list, promotion, reminder the day before, the event cancelled or moved) and the team's
 * screens (who comes, who waits, the attendance sheet, attendance marked, participation figures).
 *
 * <p>Places are kept on a ledger per event ({@link fr.conciergeriesolidaire.functions.registration.PlacesLedger}), apart
 * from the event item that the team's edits replace whole. A registration is written first as pending, under a
 * reference derived from the event and the person's address; the ledger then holds its places or queues it, in one
 * conditional update that names it (so that a retry never counts it twice); the registration then follows the ledger.
 * A crash between those writes leaves a pending registration, or one behind its ledger, which the table's stream and
 * the sweeper complete ({@link fr.conciergeriesolidaire.functions.registration.PlaceAllocation#reconcile}).
 * Depends on the shared packages and the programme module only; nothing depends on it.
 */
package fr.conciergeriesolidaire.functions.registration;
