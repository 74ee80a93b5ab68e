package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.SiretNumbers;
import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryAlert;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.outbox.Outbox;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The e-mails of a sign-up (templates {@code mail/subscription-*.ftl}): to the contact person, the confirmation with
 * the quote and what happens next, quoting nothing else they typed; to the team, the whole sign-up to review. Subjects
 * hold no text typed by the person.
 */
final class SubscriptionEmails implements StoredNotifications.Messages<StoredSubscription> {
    /** How the mail service's notifications name this feature (MailTags). */
    static final String FEATURE = "subscription";

    static final String CONTACT = "contact";
    static final String TEAM = "team";
    static final List<String> RECIPIENTS = List.of(CONTACT, TEAM);

    private final Organisation organisation;
    private final Templates templates;

    SubscriptionEmails(Organisation organisation, Templates templates) {
        this.organisation = organisation;
        this.templates = templates;
    }

    @Override
    public Map<String, Delivery> deliveries(StoredSubscription subscription) {
        return subscription.deliveries();
    }

    @Override
    public Email message(StoredSubscription subscription, String recipient) {
        Email written = switch (recipient) {
            case CONTACT -> contact(subscription);
            case TEAM -> team(subscription);
            default -> throw new IllegalStateException("Unknown recipient " + recipient);
        };
        return written.about(FEATURE, subscription.reference(), recipient);
    }

    @Override
    public Email alert(StoredSubscription subscription, String failedRecipient, int attempts) {
        Wording wording = templates.wording();
        return DeliveryAlert.email(
                        templates,
                        organisation.team().email(),
                        wording.format("mail.alert.signUp", subscription.reference()),
                        wording.get(
                                failedRecipient.equals(CONTACT) ? "mail.alert.signUpContact" : "mail.alert.signUpTeam"),
                        attempts)
                .about(FEATURE, subscription.reference(), Outbox.ALERT);
    }

    Email contact(StoredSubscription subscription) {
        SubscriptionRequest request = subscription.request();
        Wording wording = templates.wording();
        Map<String, String> details = new LinkedHashMap<>();
        details.put(wording.get("mail.reference"), subscription.reference());
        details.put(wording.get("mail.siret"), SiretNumbers.display(request.siret()));
        details.put(wording.get("mail.employees"), FrenchFormat.count(request.employees()));
        details.put(wording.get("mail.startDate"), FrenchFormat.date(request.startDate()));
        Map<String, Object> model = model(subscription);
        model.put("details", details);
        return Email.of(List.of(request.contact().email()), templates.mail("subscription-contact.ftl", model));
    }

    Email team(StoredSubscription subscription) {
        SubscriptionRequest request = subscription.request();
        Wording wording = templates.wording();
        Map<String, String> details = SignUpDetails.company(subscription, wording);
        Map<String, String> contact = SignUpDetails.contact(request, wording);
        Map<String, Object> model = model(subscription);
        model.put("details", details);
        model.put("contact", contact);
        model.put("employees", FrenchFormat.count(request.employees()));
        return Email.of(List.of(organisation.team().email()), templates.mail("subscription-team.ftl", model));
    }

    private Map<String, Object> model(StoredSubscription subscription) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", subscription.reference());
        model.put("quote", QuoteSentence.of(subscription.request().quote(), templates.wording()));
        model.put("organisationName", organisation.name());
        model.put("organisationPhone", organisation.contact().phone());
        return model;
    }
}
