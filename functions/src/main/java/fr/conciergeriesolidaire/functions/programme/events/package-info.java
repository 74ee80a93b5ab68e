/**
 * The programme's events edited by the team ({@link fr.conciergeriesolidaire.functions.programme.events.EventsHandler},
 * {@link fr.conciergeriesolidaire.functions.programme.events.EventService}): each change checked by the site's own
 * event rules, written once on the version seen into the events table, then published by the publisher. Depends on
 * the shared {@code programme} package and on {@code proposals} (an event made from a resident's idea).
 */
package fr.conciergeriesolidaire.functions.programme.events;
