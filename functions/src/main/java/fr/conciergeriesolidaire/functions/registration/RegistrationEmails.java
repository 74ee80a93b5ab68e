package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryAlert;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.outbox.Outbox;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import fr.conciergeriesolidaire.functions.templates.Templates;
import fr.conciergeriesolidaire.programme.event.Place;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import fr.conciergeriesolidaire.programme.table.StoredEvent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The e-mails of a registration, all to the person (templates {@code mail/registration-*.ftl}): the event as it is
 * when the e-mail leaves (read from the events table, so that news of a change says the new date), the places, the
 * link to the event's calendar on the site (kept up to date there, where an attached copy would go stale), and the
 * private cancellation link. Nothing the person typed is quoted but their first name.
 */
final class RegistrationEmails implements StoredNotifications.Messages<Registration> {
    /** How the mail service's notifications name this feature (MailTags). */
    static final String FEATURE = "registration";

    private final Organisation organisation;
    private final SiteData data;
    private final Templates templates;
    private final Events events;
    private final RegistrationKeys keys;

    RegistrationEmails(SiteData data, Templates templates, Events events, RegistrationKeys keys) {
        this.organisation = data.organisation();
        this.data = data;
        this.templates = templates;
        this.events = events;
        this.keys = keys;
    }

    @Override
    public Map<String, Delivery> deliveries(Registration registration) {
        return registration.deliveries();
    }

    @Override
    public Email message(Registration registration, String recipient) {
        StoredEvent stored = events.find(registration.event())
                .orElseThrow(() -> new IllegalStateException("No event " + registration.event()));
        Map<String, Object> model = model(registration, stored.event());
        return Email.of(List.of(registration.person().email()), templates.mail(template(recipient, model), model))
                .about(FEATURE, registration.reference(), recipient);
    }

    @Override
    public Email alert(Registration registration, String failedRecipient, int attempts) {
        Wording wording = templates.wording();
        return DeliveryAlert.email(
                        templates,
                        organisation.team().email(),
                        wording.format("mail.alert.registration", registration.reference()),
                        wording.get("mail.alert.registration." + kind(failedRecipient)),
                        attempts)
                .about(FEATURE, registration.reference(), Outbox.ALERT);
    }

    private static String template(String recipient, Map<String, Object> model) {
        if (Recipients.isReminder(recipient)) {
            return "registration-reminder.ftl";
        }
        return Recipients.noticeOf(recipient)
                .map(notice -> {
                    model.put("notice", notice.key());
                    return notice == Recipients.Notice.MOVED
                            ? "registration-event-moved.ftl"
                            : "registration-event-cancelled.ftl";
                })
                .orElseGet(() -> switch (recipient) {
                    case Recipients.CONFIRMED -> "registration-confirmed.ftl";
                    case Recipients.WAITING -> "registration-waiting.ftl";
                    case Recipients.PROMOTED -> "registration-promoted.ftl";
                    default -> throw new IllegalStateException("Unknown recipient " + recipient);
                });
    }

    /** The kind of e-mail, for the team's alert: {@code confirmed}, {@code reminder}, {@code notice}... */
    private static String kind(String recipient) {
        if (Recipients.isReminder(recipient)) {
            return "reminder";
        }
        return Recipients.noticeOf(recipient).isPresent() ? "notice" : recipient;
    }

    private Map<String, Object> model(Registration registration, ProgrammeEvent event) {
        Wording wording = templates.wording();
        Place place = Place.of(event, data);
        String origin = registration.siteOrigin();
        Map<String, String> details = new LinkedHashMap<>();
        details.put(wording.get("mail.registration.event"), event.title());
        details.put(wording.get("mail.registration.when"), FrenchFormat.span(event.start(), event.end()));
        details.put(
                wording.get("mail.registration.where"),
                place.name() + ", " + place.address().oneLine());
        details.put(wording.get("mail.registration.places"), Integer.toString(registration.places()));
        details.put(wording.get("mail.reference"), registration.reference());
        Map<String, Object> model = new HashMap<>();
        model.put("firstName", registration.person().firstName());
        model.put("eventTitle", event.title());
        model.put("details", details);
        model.put("position", registration.joinedAt().orElse(0));
        model.put("eventUrl", origin + RegistrationPaths.eventPage(event.slug()));
        model.put("calendarUrl", origin + RegistrationPaths.calendar(event.slug()));
        model.put(
                "cancelUrl",
                origin
                        + RegistrationPaths.cancellation(
                                registration.reference(), keys.cancelToken(registration.reference())));
        model.put("organisationName", organisation.name());
        model.put("organisationPhone", organisation.contact().phone());
        model.put("organisationEmail", organisation.contact().email());
        return model;
    }
}
