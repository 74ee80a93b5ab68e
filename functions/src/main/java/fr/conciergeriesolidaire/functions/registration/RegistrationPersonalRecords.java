package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.privacy.ErasedRecord;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord.Field;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecords;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registrations for events as their person sees them on "Mes données": found by their e-mail key, shown and
 * downloaded whole (the event, the places, where the registration stands, the needs they wrote, their contact and
 * whether they came), erased by {@link RegistrationErasure}. A registration for an event still to come is in progress:
 * erasing it cancels it first.
 */
final class RegistrationPersonalRecords implements PersonalRecords {
    static final String KIND = "registration";

    private final RegistrationsByEmail registrations;
    private final RegistrationLookup lookup;
    private final RegistrationErasure erasure;
    private final Wording wording;
    private final Period retention;
    private final Clock clock;

    /** @param retention how long registrations are kept after their event's end (policies.yaml) */
    RegistrationPersonalRecords(
            RegistrationsByEmail registrations,
            RegistrationLookup lookup,
            RegistrationErasure erasure,
            Wording wording,
            Period retention,
            Clock clock) {
        this.registrations = registrations;
        this.lookup = lookup;
        this.erasure = erasure;
        this.wording = wording;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<PersonalRecord> holding(String emailHash) {
        return registrations.holding(emailHash).stream().map(this::record).toList();
    }

    @Override
    public Optional<ErasedRecord> erase(String reference, String emailHash) {
        return erasure.erase(reference, emailHash);
    }

    private PersonalRecord record(HeldRegistration held) {
        Registration registration = held.registration();
        Optional<ProgrammeEvent> event = lookup.event(registration.event()).map(StoredEvent::event);
        Optional<Integer> position = lookup.position(registration);
        Person person = registration.person();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(
                wording.get("mail.registration.event"),
                event.map(ProgrammeEvent::title).orElse(registration.event())));
        event.ifPresent(found -> fields.add(
                new Field(wording.get("mail.registration.when"), FrenchFormat.span(found.start(), found.end()))));
        fields.add(new Field(wording.get("mail.registration.places"), Integer.toString(registration.places())));
        fields.add(new Field(wording.get("mydata.registration.status"), status(registration, position)));
        registration
                .attended()
                .ifPresent(came -> fields.add(new Field(
                        wording.get("mydata.registration.attended"),
                        wording.get("registration.attendance.state." + (came ? "yes" : "no")))));
        registration
                .accessNeeds()
                .ifPresent(needs -> fields.add(new Field(wording.get("registration.accessNeeds"), needs)));
        fields.add(new Field(wording.get("form.firstName"), person.firstName()));
        fields.add(new Field(wording.get("form.lastName"), person.lastName()));
        person.phone().ifPresent(phone -> fields.add(new Field(wording.get("form.phone"), phone)));
        fields.add(new Field(wording.get("form.email"), person.email()));
        return new PersonalRecord(
                KIND,
                registration.reference(),
                registration.createdAt(),
                held.keptUntil(),
                wording.format("mydata.retention.registration", FrenchFormat.period(retention)),
                person.email(),
                registration.status() != RegistrationStatus.CANCELLED
                        && event.map(this::toCome).orElse(false),
                fields,
                data(registration, event, position));
    }

    private boolean toCome(ProgrammeEvent event) {
        return clock.instant().isBefore(event.start().toInstant());
    }

    private String status(Registration registration, Optional<Integer> position) {
        return position.map(place -> wording.format("mydata.registration.status.waiting", place))
                .orElseGet(() -> wording.get(registration.status().wordingKey()));
    }

    /** The registration for a program to read: names in English, times in ISO-8601. */
    private static Map<String, Object> data(
            Registration registration, Optional<ProgrammeEvent> event, Optional<Integer> position) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("slug", registration.event());
        event.ifPresent(found -> {
            about.put("title", found.title());
            about.put("start", found.start().toOffsetDateTime().toString());
            about.put("end", found.end().toOffsetDateTime().toString());
        });
        data.put("event", about);
        data.put("places", registration.places());
        data.put("status", registration.status().name());
        position.ifPresent(place -> data.put("waitingPosition", place));
        registration.accessNeeds().ifPresent(needs -> data.put("accessNeeds", needs));
        Person person = registration.person();
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("firstName", person.firstName());
        contact.put("lastName", person.lastName());
        person.phone().ifPresent(phone -> contact.put("phone", phone));
        contact.put("email", person.email());
        data.put("person", contact);
        data.put("registeredAt", registration.createdAt().toString());
        registration.confirmedAt().ifPresent(at -> data.put("confirmedAt", at.toString()));
        registration.cancelledAt().ifPresent(at -> data.put("cancelledAt", at.toString()));
        registration.attended().ifPresent(came -> data.put("attended", came));
        return data;
    }
}
