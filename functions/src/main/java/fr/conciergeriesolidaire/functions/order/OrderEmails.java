package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryAlert;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.outbox.MessageBuilder;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The e-mails of an order, in French. Each says only what its reader needs: the customer gets the whole
 * order, the team also the contact details, a partner only its own lines, the slot, the counter, the
 * reference and the customer's first name. Subjects hold no user text.
 */
final class OrderEmails implements StoredNotifications.Messages<StoredOrder> {
    private final SiteData data;
    private final Organisation organisation;

    OrderEmails(SiteData data) {
        this.data = data;
        this.organisation = data.organisation();
    }

    Email customer(StoredOrder order) {
        OrderRequest request = order.request();
        Counter counter = counter(request);
        return new MessageBuilder()
                .paragraph("Bonjour " + request.customer().contact().firstName() + ",")
                .paragraph("Nous avons bien reçu votre commande. Sa référence est " + order.reference()
                        + "\u202f; rappelez-la au comptoir.")
                .details(slotDetails(order, counter))
                .heading("Services commandés")
                .list(lines(request.lines()))
                .paragraph("Total à régler aux partenaires\u00a0: " + FrenchFormat.price(request.totalCents())
                        + ". Vous payez le partenaire à son tarif, sans commission de la conciergerie.")
                .heading("Et maintenant\u202f?")
                .paragraph("Apportez vos articles au comptoir pendant le créneau choisi. Nous vous préviendrons"
                        + " quand votre commande sera prête. Pour toute question, répondez simplement à ce message"
                        + " ou appelez le " + organisation.contact().phone() + ".")
                .paragraph(organisation.name())
                .build(
                        List.of(request.customer().contact().email()),
                        "Votre commande " + order.reference() + " est enregistrée");
    }

    Email team(StoredOrder order) {
        OrderRequest request = order.request();
        Counter counter = counter(request);
        Map<String, String> contact = new LinkedHashMap<>();
        contact.put("Nom", request.customer().contact().fullName());
        contact.put("Téléphone", request.customer().contact().phone());
        contact.put("E-mail", request.customer().contact().email());
        request.customer().building().ifPresent(building -> contact.put("Bâtiment, appartement", building));
        request.comment().ifPresent(comment -> contact.put("Commentaire", comment));
        return new MessageBuilder()
                .paragraph("Nouvelle commande " + order.reference() + ".")
                .details(slotDetails(order, counter))
                .heading("Services")
                .list(lines(request.lines()))
                .paragraph("Total\u00a0: " + FrenchFormat.price(request.totalCents()))
                .heading("Client")
                .details(contact)
                .build(
                        List.of(organisation.team().email()),
                        "Nouvelle commande " + order.reference() + " – " + counter.name());
    }

    Email partner(StoredOrder order, String partnerId) {
        OrderRequest request = order.request();
        Counter counter = counter(request);
        Partner partner = data.partners().stream()
                .filter(candidate -> candidate.id().equals(partnerId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Partner no longer in the catalogue: " + partnerId));
        List<OrderLine> theirs = request.lines().stream()
                .filter(line -> line.partnerId().equals(partnerId))
                .toList();
        Map<String, String> details = slotDetails(order, counter);
        details.put("Prénom du client", request.customer().contact().firstName());
        return new MessageBuilder()
                .paragraph("Bonjour,")
                .paragraph("Une commande pour " + partner.name() + " a été déposée via " + organisation.name() + ".")
                .details(details)
                .heading("Services à réaliser")
                .list(lines(theirs))
                .paragraph("Pour toute question, contactez la conciergerie\u00a0: "
                        + organisation.contact().email() + ", "
                        + organisation.contact().phone() + ".")
                .paragraph(organisation.name())
                .build(
                        List.of(partner.email()),
                        "Commande " + order.reference() + " – " + counter.name() + ", "
                                + FrenchFormat.date(request.slot().date()));
    }

    @Override
    public Email alert(StoredOrder order, String failedRecipient, int attempts) {
        return DeliveryAlert.email(
                organisation.team().email(), "la commande " + order.reference(), describe(failedRecipient), attempts);
    }

    @Override
    public Map<String, Delivery> deliveries(StoredOrder order) {
        return order.deliveries();
    }

    @Override
    public Email message(StoredOrder order, String recipient) {
        if (recipient.equals(Recipients.CUSTOMER)) {
            return customer(order);
        }
        if (recipient.equals(Recipients.TEAM)) {
            return team(order);
        }
        return partner(
                order,
                Recipients.partnerId(recipient)
                        .orElseThrow(() -> new IllegalStateException("Unknown recipient " + recipient)));
    }

    private String describe(String recipient) {
        if (recipient.equals(Recipients.CUSTOMER)) {
            return "confirmation au client";
        }
        if (recipient.equals(Recipients.TEAM)) {
            return "nouvelle commande à l'équipe";
        }
        return Recipients.partnerId(recipient)
                .map(id -> "notification au partenaire " + id)
                .orElse(recipient);
    }

    private Map<String, String> slotDetails(StoredOrder order, Counter counter) {
        Slot slot = order.request().slot();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("Référence", order.reference());
        details.put(
                "Comptoir",
                counter.name() + ", " + counter.address().street() + ", "
                        + counter.address().postcode() + " " + counter.address().city());
        details.put("Dépôt", FrenchFormat.date(slot.date()) + ", " + FrenchFormat.window(slot.from(), slot.to()));
        return details;
    }

    private static List<String> lines(List<OrderLine> lines) {
        return lines.stream()
                .map(line -> line.quantity() + " × " + line.serviceName() + " (" + line.unit() + ", "
                        + FrenchFormat.price(line.unitPriceCents()) + ")\u00a0: "
                        + FrenchFormat.price(line.totalCents()))
                .toList();
    }

    private Counter counter(OrderRequest request) {
        return data.counter(request.counterId())
                .orElseThrow(() -> new IllegalStateException("Counter no longer in the data: " + request.counterId()));
    }
}
