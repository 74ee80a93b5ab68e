package fr.conciergeriesolidaire.functions.registration;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The participation of each event (template.yaml's ParticipationTable): written again from its registrations after
 * each attendance marked, read by month for the indicators. Holds no personal data and does not expire.
 */
interface ParticipationFigures {
    void record(EventParticipation participation, Instant at);

    /** Every event's participation in that month. */
    List<EventParticipation> inMonth(YearMonth month);
}
