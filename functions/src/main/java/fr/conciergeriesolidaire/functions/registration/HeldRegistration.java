package fr.conciergeriesolidaire.functions.registration;

import java.time.Instant;

/**
 * A registration found by its person's e-mail key ("Mes données").
 *
 * @param keptUntil when its personal data is erased (the event's end plus the retention of registrations, moved with
 *     the event)
 */
record HeldRegistration(Registration registration, Instant keptUntil) {}
