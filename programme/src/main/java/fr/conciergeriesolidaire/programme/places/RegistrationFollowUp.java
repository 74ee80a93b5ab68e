package fr.conciergeriesolidaire.programme.places;

/**
 * What whoever saves a change of an event calls once it is stored, so that its registrations follow (implemented by
 * the functions' registration feature, {@code registration.EventFollowUp}): a capacity raised confirms the first
 * people of the waiting list who fit, an event cancelled, postponed or moved is told to everyone registered (once per
 * change), and the erasure of their data follows the event's new end. Safe to call again; a change it was not told of
 * is followed anyway within minutes (the registrations' sweeper compares every upcoming event with what it followed).
 */
public interface RegistrationFollowUp {
    /** The event of that slug was saved (created, changed, cancelled...). */
    void eventSaved(String slug);
}
