package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import fr.conciergeriesolidaire.programme.event.Place;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The team's screens of registrations (templates {@code pages/registration-*.ftlh} in the back-office's frame): the
 * events that take registrations, one event's people and waiting list with attendance to mark (on a phone: one
 * form per person, one tap per mark), its printable attendance sheet, and the participation by month and
 * neighbourhood.
 */
final class RegistrationScreens {
    static final String SHEET = "/emargement";
    static final String ATTENDANCE = "/presences";

    private final Screens screens;
    private final SiteData data;

    RegistrationScreens(Screens screens, SiteData data) {
        this.screens = screens;
        this.data = data;
    }

    static String eventPath(String event) {
        return Navigation.REGISTRATIONS + "/" + event;
    }

    /** Where a person's line is on the event's screen, to come back to it after marking. */
    static String anchor(String reference) {
        return "inscription-" + reference;
    }

    HttpResponse events(ScreenFrame frame, List<RegistrationBoard.EventLine> lines) {
        List<Map<String, Object>> upcoming = new ArrayList<>();
        List<Map<String, Object>> past = new ArrayList<>();
        for (RegistrationBoard.EventLine line : lines) {
            ProgrammeEvent event = line.event().event();
            Map<String, Object> item = new HashMap<>();
            item.put("title", event.title());
            item.put("when", FrenchFormat.span(event.start(), event.end()));
            item.put("path", eventPath(event.slug()));
            item.put("places", placesText(event.capacity(), line.places().taken()));
            item.put("waiting", line.places().waiting().size());
            item.put("status", event.status().headerValue());
            (line.past() ? past : upcoming).add(item);
        }
        return screens.page(
                200,
                frame,
                wording().get("registration.board.title"),
                "registration-events.ftlh",
                Map.of("upcoming", upcoming, "past", past));
    }

    HttpResponse event(ScreenFrame frame, RegistrationBoard.EventSheet sheet) {
        ProgrammeEvent event = sheet.event().event();
        Map<String, Object> model = eventModel(event);
        model.put("places", placesText(event.capacity(), sheet.places().taken()));
        model.put("sheetPath", eventPath(event.slug()) + SHEET);
        model.put("markPath", eventPath(event.slug()) + ATTENDANCE);
        model.put("attendanceOpen", sheet.attendanceOpen());
        model.put("confirmed", sheet.confirmed().stream().map(this::person).toList());
        List<Map<String, Object>> waiting = new ArrayList<>();
        for (int index = 0; index < sheet.waiting().size(); index++) {
            Map<String, Object> person = person(sheet.waiting().get(index));
            person.put("position", index + 1);
            waiting.add(person);
        }
        model.put("waiting", waiting);
        model.put("pending", sheet.pending());
        model.put("cancelled", sheet.cancelled());
        model.put("backPath", Navigation.REGISTRATIONS);
        return screens.page(200, frame, event.title(), "registration-event.ftlh", model);
    }

    HttpResponse sheet(ScreenFrame frame, RegistrationBoard.EventSheet sheet) {
        ProgrammeEvent event = sheet.event().event();
        Map<String, Object> model = eventModel(event);
        model.put("people", sheet.confirmed().stream().map(this::person).toList());
        model.put(
                "totalPlaces",
                sheet.confirmed().stream().mapToInt(Registration::places).sum());
        model.put("backPath", eventPath(event.slug()));
        return screens.page(
                200,
                frame,
                wording().format("registration.sheet.title", event.title()),
                "registration-sheet.ftlh",
                model);
    }

    HttpResponse participation(ScreenFrame frame, Map<YearMonth, List<EventParticipation>> byMonth) {
        List<Map<String, Object>> months = new ArrayList<>();
        byMonth.forEach((month, events) -> {
            Map<String, Map<String, Integer>> byNeighbourhood = new LinkedHashMap<>();
            for (Neighbourhood hood : data.neighbourhoods()) {
                byNeighbourhood.put(
                        hood.name(), new LinkedHashMap<>(Map.of("events", 0, "registrations", 0, "participants", 0)));
            }
            for (EventParticipation participation : events) {
                Map<String, Integer> figures = byNeighbourhood.computeIfAbsent(
                        neighbourhoodName(participation.neighbourhood()),
                        name -> new LinkedHashMap<>(Map.of("events", 0, "registrations", 0, "participants", 0)));
                figures.merge("events", 1, Integer::sum);
                figures.merge("registrations", participation.places(), Integer::sum);
                figures.merge("participants", participation.participants(), Integer::sum);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            byNeighbourhood.forEach((name, figures) -> {
                Map<String, Object> row = new HashMap<>(figures);
                row.put("neighbourhood", name);
                rows.add(row);
            });
            months.add(Map.of(
                    "label",
                    month.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " " + month.getYear(),
                    "id",
                    "mois-" + month,
                    "rows",
                    rows,
                    "participants",
                    events.stream().mapToInt(EventParticipation::participants).sum()));
        });
        return screens.page(
                200,
                frame,
                wording().get("registration.participation.title"),
                "registration-participation.ftlh",
                Map.of("months", months));
    }

    private Map<String, Object> eventModel(ProgrammeEvent event) {
        Place place = Place.of(event, data);
        Map<String, Object> model = new HashMap<>();
        model.put("title", event.title());
        model.put("when", FrenchFormat.span(event.start(), event.end()));
        model.put("where", place.name() + ", " + place.address().oneLine());
        model.put("neighbourhood", neighbourhoodName(event.neighbourhood()));
        model.put("status", event.status().headerValue());
        return model;
    }

    private Map<String, Object> person(Registration registration) {
        Map<String, Object> person = new HashMap<>();
        person.put("reference", registration.reference());
        person.put("anchor", anchor(registration.reference()));
        person.put("firstName", registration.person().firstName());
        person.put("lastName", registration.person().lastName());
        person.put("email", registration.person().email());
        person.put("phone", registration.person().phone().orElse(""));
        person.put("places", registration.places());
        person.put("needs", registration.accessNeeds().orElse(""));
        person.put(
                "attended",
                registration.attended().map(present -> present ? "yes" : "no").orElse(""));
        person.put("version", registration.version());
        return person;
    }

    private String placesText(Integer capacity, int taken) {
        return capacity == null
                ? wording().format("registration.board.placesUnlimited", taken)
                : wording().format("registration.board.places", taken, capacity);
    }

    private String neighbourhoodName(String id) {
        return data.neighbourhoods().stream()
                .filter(hood -> hood.id().equals(id))
                .map(Neighbourhood::name)
                .findFirst()
                .orElse(id);
    }

    private Wording wording() {
        return screens.wording();
    }
}
