package fr.conciergeriesolidaire.programme.event;

import fr.conciergeriesolidaire.catalog.Address;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One event of the programme, valid by construction ({@link EventRules} makes them), whatever it was read from: a
 * Markdown file, a DynamoDB item or a form. It names the data it refers to by id (neighbourhood, partner), so it
 * can be stored and read without the data; the site resolves them.
 *
 * @param slug stable identifier: its page is {@code /agenda/<slug>/} and its calendar UID {@code <slug>@host}
 * @param summary one or two sentences for lists and search results
 * @param description the event page's text, Markdown without raw HTML
 * @param start in the site's zone (Europe/Paris)
 * @param statusNote what the public page says about the status in the team's words (why it is cancelled...), null
 *     when nothing
 * @param previousStart the former start of a rescheduled event, null otherwise
 * @param customPlace where it takes place when not at its neighbourhood's counter (a name alone: a place at the
 *     counter's address, such as the pavement in front of it); null at the counter
 * @param partner the partner's id in catalog.yaml, null when none is involved
 * @param registration how to register (for instance "Au comptoir"), null when no registration is needed
 * @param capacity the number of places, null when not limited
 * @param placesPerRegistration how many places one registration may take (a parent with children), null: one
 * @param access for each kind of disability, whether the event is accessible; absent when not known
 * @param sequence the iCalendar SEQUENCE: raised by each change people should notice (date, place, status)
 */
public record ProgrammeEvent(
        String slug,
        String title,
        String summary,
        String description,
        String neighbourhood,
        ZonedDateTime start,
        ZonedDateTime end,
        EventStatus status,
        String statusNote,
        ZonedDateTime previousStart,
        CustomPlace customPlace,
        String partner,
        String registration,
        Integer capacity,
        Integer placesPerRegistration,
        Map<Disability, Boolean> access,
        String accessNote,
        int sequence) {

    /** A place given by name, and by address unless at the counter's (address null). */
    public record CustomPlace(String name, Address address) {}

    public ProgrammeEvent {
        access = access.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(access));
    }

    public Optional<CustomPlace> place() {
        return Optional.ofNullable(customPlace);
    }

    /** The same event with another calendar revision number. */
    public ProgrammeEvent withSequence(int newSequence) {
        return new ProgrammeEvent(
                slug,
                title,
                summary,
                description,
                neighbourhood,
                start,
                end,
                status,
                statusNote,
                previousStart,
                customPlace,
                partner,
                registration,
                capacity,
                placesPerRegistration,
                access,
                accessNote,
                newSequence);
    }

    /** The same event under another title. */
    public ProgrammeEvent withTitle(String newTitle) {
        return new ProgrammeEvent(
                slug,
                newTitle,
                summary,
                description,
                neighbourhood,
                start,
                end,
                status,
                statusNote,
                previousStart,
                customPlace,
                partner,
                registration,
                capacity,
                placesPerRegistration,
                access,
                accessNote,
                sequence);
    }

    public boolean needsRegistration() {
        return registration != null;
    }

    /** The kinds of disability whose access is known, in a stable order. */
    public List<Disability> knownAccess() {
        return List.of(Disability.values()).stream().filter(access::containsKey).toList();
    }
}
