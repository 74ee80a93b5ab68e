package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.Address;
import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.functions.forms.SiretNumbers;
import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryAlert;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.outbox.MessageBuilder;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The e-mails of a sign-up, in French: to the contact person, the confirmation with the quote and what happens
 * next; to the team, the whole sign-up to review. Subjects hold no text typed by the person.
 */
final class SubscriptionEmails implements StoredNotifications.Messages<StoredSubscription> {
    static final String CONTACT = "contact";
    static final String TEAM = "team";
    static final List<String> RECIPIENTS = List.of(CONTACT, TEAM);

    private final Organisation organisation;

    SubscriptionEmails(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public Map<String, Delivery> deliveries(StoredSubscription subscription) {
        return subscription.deliveries();
    }

    @Override
    public Email message(StoredSubscription subscription, String recipient) {
        return switch (recipient) {
            case CONTACT -> contact(subscription);
            case TEAM -> team(subscription);
            default -> throw new IllegalStateException("Unknown recipient " + recipient);
        };
    }

    Email contact(StoredSubscription subscription) {
        SubscriptionRequest request = subscription.request();
        return new MessageBuilder()
                .paragraph("Bonjour " + request.contact().firstName() + ",")
                .paragraph("Nous avons bien reçu votre demande d'ouverture d'une conciergerie solidaire pour "
                        + request.companyName() + ". Sa référence est " + subscription.reference()
                        + "\u202f; rappelez-la dans nos échanges.")
                .details(signUpDetails(subscription))
                .heading("Estimation de l'abonnement")
                .paragraph(SubscriptionWording.quote(request.quote()))
                .paragraph("Cette estimation suit nos tarifs publiés\u00a0; le prix définitif figurera dans la"
                        + " convention.")
                .heading("Et maintenant\u202f?")
                .paragraph("Notre équipe étudie votre demande et vous appelle dans les prochains jours pour fixer avec"
                        + " vous les jours et horaires de présence du concierge. Rien n'est engagé avant la signature"
                        + " de la convention. Pour toute question, répondez simplement à ce message ou appelez le "
                        + organisation.contact().phone() + ".")
                .paragraph(organisation.name())
                .build(
                        List.of(request.contact().email()),
                        "Votre demande d'adhésion " + subscription.reference() + " est enregistrée");
    }

    Email team(StoredSubscription subscription) {
        SubscriptionRequest request = subscription.request();
        Map<String, String> contact = new LinkedHashMap<>();
        contact.put("Nom", request.contact().fullName());
        contact.put("Fonction", request.role());
        contact.put("Téléphone", request.contact().phone());
        contact.put("E-mail", request.contact().email());
        request.message().ifPresent(message -> contact.put("Message", message));
        return new MessageBuilder()
                .paragraph("Nouvelle demande d'adhésion " + subscription.reference() + ", à étudier.")
                .details(signUpDetails(subscription))
                .heading("Estimation envoyée")
                .paragraph(SubscriptionWording.quote(request.quote()))
                .heading("Personne à contacter")
                .details(contact)
                .paragraph("Tant que cette demande est en attente d'examen, une nouvelle demande pour le même SIRET et"
                        + " le même site est refusée et renvoie à cette référence.")
                .build(
                        List.of(organisation.team().email()),
                        "Nouvelle demande d'adhésion " + subscription.reference() + " – "
                                + FrenchFormat.count(request.employees()) + " salariés");
    }

    @Override
    public Email alert(StoredSubscription subscription, String failedRecipient, int attempts) {
        return DeliveryAlert.email(
                organisation.team().email(),
                "la demande d'adhésion " + subscription.reference(),
                failedRecipient.equals(CONTACT)
                        ? "confirmation à la personne à contacter"
                        : "nouvelle demande à l'équipe",
                attempts);
    }

    private static Map<String, String> signUpDetails(StoredSubscription subscription) {
        SubscriptionRequest request = subscription.request();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("Référence", subscription.reference());
        details.put("Entreprise", request.companyName());
        details.put("SIRET", SiretNumbers.display(request.siret()));
        details.put("Adresse de l'entreprise", request.companyAddress().oneLine());
        details.put(
                "Site où viendrait le concierge",
                request.otherSite().map(Address::oneLine).orElse("la même adresse"));
        details.put("Salariés sur le site", FrenchFormat.count(request.employees()));
        details.put("Démarrage souhaité", FrenchFormat.date(request.startDate()));
        return details;
    }
}
