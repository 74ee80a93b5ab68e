package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.functions.forms.FieldLabels;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.templates.Templates;
import fr.conciergeriesolidaire.programme.event.Place;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The public pages of registrations (templates {@code pages/registration-*.ftlh}) in the site's layout: the page after a
 * plain form post (the registration's state, no personal data: anyone holding the link sees it), the cancellation
 * link's page (one button; never indexed, never sending its address on), and the form's refusals, which point back at
 * the event's form.
 */
final class RegistrationPages {
    /** The cancellation page's address holds its secret: no page it leads to may learn it. */
    private static final String NO_REFERRER = "no-referrer";

    private final Templates templates;
    private final SiteData data;

    RegistrationPages(Templates templates, SiteData data) {
        this.templates = templates;
        this.data = data;
    }

    /** The form's failures as answers: JSON for its script, pages pointing back at the event's form. */
    ErrorAnswers errorAnswers(String event) {
        String path = DynamoDbEvents.isSlug(event) ? RegistrationPaths.eventPage(event) : RegistrationPaths.AGENDA;
        return new ErrorAnswers(
                templates, new FormPage(path, new FieldLabels(templates.wording(), RegistrationFields.FORM)));
    }

    HttpResponse confirmation(RegistrationLookup.Seen seen) {
        Registration registration = seen.registration();
        Map<String, Object> model = eventModel(seen.event().event());
        model.put("reference", registration.reference());
        model.put("status", registration.status().name().toLowerCase(Locale.ROOT));
        model.put("places", registration.places());
        model.put("position", seen.position().orElse(0));
        String title = templates.wording().get("registration.confirmation.title." + model.get("status"));
        return HttpResponse.html(200, templates.page(title, "registration-confirmation.ftlh", model));
    }

    HttpResponse notFound() {
        return HttpResponse.html(
                404,
                templates.page(
                        templates.wording().get("registration.notFound.title"),
                        "registration-not-found.ftlh",
                        Map.of("agendaPath", RegistrationPaths.AGENDA)));
    }

    /** The link's page: the registration and its one button, or what became of it. */
    HttpResponse cancellation(RegistrationLookup.Seen seen, String token, boolean over) {
        Registration registration = seen.registration();
        Map<String, Object> model = eventModel(seen.event().event());
        model.put("status", registration.status().name().toLowerCase(Locale.ROOT));
        model.put("places", registration.places());
        model.put("over", over);
        model.put("action", RegistrationPaths.CANCELLATION);
        model.put("referenceField", RegistrationPaths.REFERENCE);
        model.put("reference", registration.reference());
        model.put("tokenField", RegistrationPaths.TOKEN);
        model.put("token", token);
        String title = templates.wording().get("registration.cancel.title");
        return private200(templates.page(title, "registration-cancel.ftlh", model));
    }

    HttpResponse invalidLink() {
        return HttpResponse.html(
                        404,
                        templates.page(
                                templates.wording().get("registration.cancel.invalid.title"),
                                "registration-cancel-invalid.ftlh",
                                Map.of("agendaPath", RegistrationPaths.AGENDA)))
                .withHeader("Referrer-Policy", NO_REFERRER)
                .withHeader("X-Robots-Tag", "noindex, nofollow");
    }

    private static HttpResponse private200(String page) {
        return HttpResponse.html(200, page)
                .withHeader("Referrer-Policy", NO_REFERRER)
                .withHeader("X-Robots-Tag", "noindex, nofollow");
    }

    /** The event as the pages show it: its title, when, where, and its page on the site. */
    private Map<String, Object> eventModel(ProgrammeEvent event) {
        Place place = Place.of(event, data);
        Map<String, Object> model = new HashMap<>();
        model.put("eventTitle", event.title());
        model.put("when", FrenchFormat.span(event.start(), event.end()));
        model.put("where", place.name() + ", " + place.address().oneLine());
        model.put("eventPath", RegistrationPaths.eventPage(event.slug()));
        return model;
    }
}
