package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.time.YearMonth;
import java.util.List;

/** Counts an event's participation from its registrations: the confirmed ones, and those marked present. */
final class ParticipationCount {
    private ParticipationCount() {}

    static EventParticipation of(ProgrammeEvent event, List<Registration> registrations) {
        List<Registration> confirmed = registrations.stream()
                .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
                .toList();
        List<Registration> present = confirmed.stream()
                .filter(registration -> registration.attended().orElse(false))
                .toList();
        return new EventParticipation(
                event.slug(),
                event.title(),
                event.neighbourhood(),
                YearMonth.from(event.start()),
                confirmed.size(),
                confirmed.stream().mapToInt(Registration::places).sum(),
                present.size(),
                present.stream().mapToInt(Registration::places).sum());
    }
}
