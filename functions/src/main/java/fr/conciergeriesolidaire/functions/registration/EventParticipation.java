package fr.conciergeriesolidaire.functions.registration;

import java.time.YearMonth;

/**
 * An event's participation, as the indicators count it (no personal data, kept after the registrations are erased):
 * for the month and neighbourhood the event took place in, the registrations confirmed and the places they held,
 * and of those, the registrations marked present and their places (the participants).
 */
record EventParticipation(
        String event,
        String title,
        String neighbourhood,
        YearMonth month,
        int registrations,
        int places,
        int attendees,
        int participants) {}
