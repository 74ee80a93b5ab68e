package fr.conciergeriesolidaire.functions.programme.events;

import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.programme.proposals.StoredProposal;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.programme.event.Disability;
import fr.conciergeriesolidaire.programme.event.EventFields;
import fr.conciergeriesolidaire.programme.event.EventRules;
import fr.conciergeriesolidaire.programme.event.EventStatus;
import fr.conciergeriesolidaire.programme.event.EventText;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The team's screens of the programme (templates {@code pages/event-*.ftlh}): the events of each neighbourhood the
 * member serves, the form of a new event (blank, copied from another, or made from a resident's idea), an event's
 * form with what was done to it, and the pages that postpone and cancel it; each shown again with its errors, or after
 * a conflict with the event as changed meanwhile.
 */
final class EventScreens {
    static final String NEW_PATH = Navigation.EVENTS + "/nouvelle";
    /** Where the site's agenda pages are (content/agenda/: the event's page is agenda/<slug>/). */
    private static final String AGENDA_PATH = "/agenda/";

    /** Every field a form may send, as shown again after a refusal. */
    private static final List<String> FORM_FIELDS = Stream.concat(
                    Stream.of(
                            EventFields.TITLE,
                            EventFields.SUMMARY,
                            EventFields.BODY,
                            EventFields.NEIGHBOURHOOD,
                            EventFields.START,
                            EventFields.END,
                            EventFields.STATUS,
                            EventFields.STATUS_NOTE,
                            EventFormFields.PLACE,
                            EventFields.PLACE_NAME,
                            EventFields.PLACE_ADDRESS,
                            EventFields.PARTNER,
                            EventFormFields.REGISTRATION_NEEDED,
                            EventFields.REGISTRATION,
                            EventFields.CAPACITY,
                            EventFields.PLACES_PER_REGISTRATION,
                            EventFields.ACCESS_NOTE,
                            EventFormFields.PROPOSAL),
                    Stream.of(Disability.values()).map(Disability::headerKey))
            .toList();

    /** What a {@code datetime-local} control holds, and a {@code number} one. */
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final Screens screens;
    private final Neighbourhoods neighbourhoods;
    private final List<Partner> partners;
    private final ZoneId zone;

    EventScreens(Screens screens, Neighbourhoods neighbourhoods, SiteData data) {
        this.screens = screens;
        this.neighbourhoods = neighbourhoods;
        this.partners = data.partners();
        this.zone = ZoneId.of(data.organisation().site().timeZone());
    }

    static String path(String slug) {
        return Navigation.EVENTS + "/" + slug;
    }

    HttpResponse list(ScreenFrame frame, SignedInMember member, List<EventService.NeighbourhoodEvents> groups) {
        Wording wording = screens.wording();
        List<Map<String, Object>> model = new ArrayList<>();
        for (EventService.NeighbourhoodEvents group : groups) {
            model.add(Map.of(
                    "name", group.neighbourhood().name(),
                    "upcoming", group.upcoming().stream().map(this::item).toList(),
                    "past", group.past().stream().map(this::item).toList()));
        }
        List<Map<String, String>> filters = neighbourhoods.servedBy(member).stream()
                .map(neighbourhood -> Map.of(
                        "name",
                        neighbourhood.name(),
                        "path",
                        Navigation.EVENTS + "?" + EventsHandler.NEIGHBOURHOOD_FILTER + "=" + neighbourhood.id()))
                .toList();
        return screens.page(
                200,
                frame,
                wording.get("eventList.title"),
                "event-list.ftlh",
                Map.of(
                        "groups",
                        model,
                        "filters",
                        filters.size() > 1 ? filters : List.of(),
                        "allPath",
                        Navigation.EVENTS,
                        "newPath",
                        NEW_PATH,
                        "recentDays",
                        EventService.RECENT.toDays()));
    }

    /** @param proposal the resident's idea the event is made from, shown beside the form */
    HttpResponse newEvent(ScreenFrame frame, ScreenForm form, int status, Optional<StoredProposal> proposal) {
        Map<String, Object> model = formModel(frame, form, List.of());
        model.put("action", Navigation.EVENTS);
        model.put("idea", proposal.map(origin -> origin.request().idea()).orElse(""));
        model.put(
                "ideaWhen", proposal.flatMap(origin -> origin.request().when()).orElse(""));
        return screens.page(status, frame, screens.wording().get("eventNew.title"), "event-new.ftlh", model);
    }

    /**
     * @param conflict whether the member's change was refused because someone else changed the event meanwhile: the
     *     page then shows the event as it is now
     */
    HttpResponse edit(
            ScreenFrame frame,
            StoredEvent stored,
            ScreenForm form,
            int status,
            boolean conflict,
            List<AuditEntry> trail) {
        ProgrammeEvent event = stored.event();
        Map<String, Object> model = formModel(frame, form, statuses(event.status()));
        model.putAll(facts(stored, conflict));
        model.put("action", path(event.slug()));
        model.put("postponePath", path(event.slug()) + "/report");
        model.put("cancelPath", event.status() == EventStatus.CANCELLED ? "" : path(event.slug()) + "/annulation");
        model.put("copyPath", path(event.slug()) + "/copie");
        model.put("trail", trail.stream().map(this::trailEntry).toList());
        return screens.page(
                status, frame, screens.wording().format("eventEdit.title", event.title()), "event-edit.ftlh", model);
    }

    HttpResponse postpone(ScreenFrame frame, StoredEvent stored, ScreenForm form, int status, boolean conflict) {
        return action(frame, stored, form, status, conflict, "eventPostpone", "/report", "event-postpone.ftlh");
    }

    HttpResponse cancel(ScreenFrame frame, StoredEvent stored, ScreenForm form, int status, boolean conflict) {
        return action(frame, stored, form, status, conflict, "eventCancel", "/annulation", "event-cancel.ftlh");
    }

    /** The event's whole form as stored. */
    static ScreenForm formOf(ProgrammeEvent event) {
        return ScreenForm.of(valuesOf(event));
    }

    private static Map<String, String> valuesOf(ProgrammeEvent event) {
        Map<String, String> values = new LinkedHashMap<>(EventText.fields(event));
        values.put(EventFields.BODY, event.description());
        values.put(EventFields.STATUS, event.status().headerValue());
        values.put(
                EventFormFields.PLACE,
                values.containsKey(EventFields.PLACE_ADDRESS)
                        ? EventFormFields.AT_ADDRESS
                        : EventFormFields.AT_COUNTER);
        values.put(EventFormFields.REGISTRATION_NEEDED, event.needsRegistration() ? "yes" : "no");
        return values;
    }

    /** A new event's form filled as that one: the same but for what belongs to its own date (status, message). */
    static ScreenForm copyOf(ProgrammeEvent event) {
        Map<String, String> values = valuesOf(event);
        values.remove(EventFields.STATUS);
        values.remove(EventFields.STATUS_NOTE);
        values.remove(EventFields.PREVIOUS_START);
        values.remove(EventFields.SEQUENCE);
        return ScreenForm.of(values);
    }

    /** A new event's form from a resident's idea: its neighbourhood and its text to start from, linked to it. */
    static ScreenForm fromProposal(StoredProposal proposal) {
        return ScreenForm.of(Map.of(
                EventFields.NEIGHBOURHOOD, proposal.neighbourhood(),
                EventFields.BODY, proposal.request().idea(),
                EventFormFields.PLACE, EventFormFields.AT_COUNTER,
                EventFormFields.REGISTRATION_NEEDED, "no",
                EventFormFields.PROPOSAL, proposal.reference()));
    }

    /** A new event's blank form: at the counter, without registration. */
    static ScreenForm blank() {
        return ScreenForm.of(
                Map.of(EventFormFields.PLACE, EventFormFields.AT_COUNTER, EventFormFields.REGISTRATION_NEEDED, "no"));
    }

    /**
     * The form as it was sent, to show it again with its errors: what was typed stays, as far as its control can hold
     * it (a browser never sends a date or a number its control refuses, nor a line break in a one-line field).
     */
    static ScreenForm formAsSent(SubmittedFields fields) {
        FieldErrors ignored = new FieldErrors();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FORM_FIELDS) {
            fields.text(field, ignored).map(value -> shown(field, value)).ifPresent(value -> values.put(field, value));
        }
        return ScreenForm.of(values);
    }

    private static String shown(String field, String value) {
        return switch (field) {
            case EventFields.BODY -> value;
            case EventFields.START, EventFields.END ->
                LOCAL_DATE_TIME.matcher(value).matches() ? value : "";
            case EventFields.CAPACITY, EventFields.PLACES_PER_REGISTRATION ->
                WHOLE_NUMBER.matcher(value).matches() ? value : "";
            default -> value.replaceAll("[\\r\\n]+", " ");
        };
    }

    /** A postponement's or a cancellation's page: what the event is now, and its small form. */
    private HttpResponse action(
            ScreenFrame frame,
            StoredEvent stored,
            ScreenForm form,
            int status,
            boolean conflict,
            String words,
            String suffix,
            String template) {
        ProgrammeEvent event = stored.event();
        Map<String, Object> model = new LinkedHashMap<>(facts(stored, conflict));
        model.put("form", screens.form(form, EventFormFields.LABELS));
        model.put("action", path(event.slug()) + suffix);
        model.put("eventPath", path(event.slug()));
        model.put("noteMax", EventRules.maxLength(EventFields.STATUS_NOTE));
        return screens.page(status, frame, screens.wording().format(words + ".title", event.title()), template, model);
    }

    /** What every page of one event says of it. */
    private Map<String, Object> facts(StoredEvent stored, boolean conflict) {
        ProgrammeEvent event = stored.event();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", event.title());
        model.put("when", when(event.start(), event.end()));
        model.put(
                "status", screens.wording().get("event.status." + event.status().headerValue()));
        model.put("neighbourhood", neighbourhoods.nameOf(event.neighbourhood()));
        model.put("publicPath", AGENDA_PATH + event.slug() + "/");
        model.put("version", stored.version());
        model.put("conflict", conflict);
        return model;
    }

    private Map<String, Object> formModel(ScreenFrame frame, ScreenForm form, List<Map<String, String>> statuses) {
        Wording wording = screens.wording();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", screens.form(form, EventFormFields.LABELS));
        model.put("listPath", Navigation.EVENTS);
        model.put(
                "neighbourhoods",
                frame.member().map(neighbourhoods::servedBy).orElse(List.of()).stream()
                        .map(EventScreens::option)
                        .toList());
        model.put("statuses", statuses);
        model.put(
                "places",
                List.of(
                        choice(EventFormFields.AT_COUNTER, "eventForm.place.counter"),
                        choice(EventFormFields.AT_ADDRESS, "eventForm.place.address")));
        model.put(
                "registrations",
                List.of(
                        choice("no", "eventForm.registrationNeeded.no"),
                        choice("yes", "eventForm.registrationNeeded.yes")));
        List<Map<String, String>> partnerOptions = new ArrayList<>();
        partnerOptions.add(Map.of("value", "", "label", wording.get("eventForm.partner.none")));
        partners.forEach(partner -> partnerOptions.add(Map.of("value", partner.id(), "label", partner.name())));
        model.put("partners", partnerOptions);
        List<Map<String, Object>> accesses = new ArrayList<>();
        for (Disability disability : Disability.values()) {
            accesses.add(Map.of(
                    "name", disability.headerKey(),
                    "legend", wording.get("event.access." + disability.headerKey()),
                    "options",
                            List.of(
                                    choice("yes", "eventForm.access.yes"),
                                    choice("no", "eventForm.access.no"),
                                    choice("", "eventForm.access.unknown"))));
        }
        model.put("accesses", accesses);
        Map<String, Integer> maxLengths = new LinkedHashMap<>();
        for (String field : List.of(
                EventFields.TITLE,
                EventFields.SUMMARY,
                EventFields.BODY,
                EventFields.STATUS_NOTE,
                EventFields.PLACE_NAME,
                EventFields.PLACE_ADDRESS,
                EventFields.REGISTRATION,
                EventFields.ACCESS_NOTE)) {
            maxLengths.put(field, EventRules.maxLength(field));
        }
        model.put("max", maxLengths);
        return model;
    }

    /** The statuses an event's form offers: scheduled or full, and the one it has (postponed...: see their pages). */
    private List<Map<String, String>> statuses(EventStatus current) {
        return Stream.of(EventStatus.values())
                .filter(status -> status == EventStatus.SCHEDULED || status == EventStatus.FULL || status == current)
                .map(status -> Map.of(
                        "value", status.headerValue(),
                        "label", screens.wording().get("event.status." + status.headerValue()),
                        "hint", screens.wording().get("eventForm.eventStatus." + status.headerValue())))
                .toList();
    }

    private Map<String, String> choice(String value, String labelKey) {
        return Map.of("value", value, "label", screens.wording().get(labelKey));
    }

    private static Map<String, String> option(Neighbourhood neighbourhood) {
        return Map.of("value", neighbourhood.id(), "label", neighbourhood.name());
    }

    private Map<String, Object> item(StoredEvent stored) {
        ProgrammeEvent event = stored.event();
        return Map.of(
                "title", event.title(),
                "path", path(event.slug()),
                "when", when(event.start(), event.end()),
                "status",
                        event.status() == EventStatus.SCHEDULED
                                ? ""
                                : screens.wording()
                                        .get("event.status." + event.status().headerValue()),
                "statusValue", event.status().headerValue());
    }

    private Map<String, String> trailEntry(AuditEntry entry) {
        LocalDateTime at = LocalDateTime.ofInstant(entry.at(), zone);
        return Map.of(
                "when", FrenchFormat.date(at.toLocalDate()) + ", " + FrenchFormat.time(at.toLocalTime()),
                "who", entry.memberName(),
                "what", screens.wording().get(entry.action()));
    }

    /** "mercredi 21 octobre 2026, 14 h – 17 h", or both days when it ends another day. */
    static String when(ZonedDateTime start, ZonedDateTime end) {
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return FrenchFormat.date(start.toLocalDate()) + ", "
                    + FrenchFormat.timeRange(start.toLocalTime(), end.toLocalTime());
        }
        return FrenchFormat.date(start.toLocalDate()) + ", " + FrenchFormat.time(start.toLocalTime()) + " – "
                + FrenchFormat.date(end.toLocalDate()) + ", " + FrenchFormat.time(end.toLocalTime());
    }
}
