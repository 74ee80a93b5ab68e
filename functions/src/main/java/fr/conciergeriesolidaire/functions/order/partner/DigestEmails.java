package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.functions.order.OrderLine;
import fr.conciergeriesolidaire.functions.order.OrderStore;
import fr.conciergeriesolidaire.functions.order.OrderTexts;
import fr.conciergeriesolidaire.functions.order.PartnerLine;
import fr.conciergeriesolidaire.functions.order.PartnerLines;
import fr.conciergeriesolidaire.functions.order.PartnerLinks;
import fr.conciergeriesolidaire.functions.order.PickupWindow;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryAlert;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.outbox.Outbox;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partner's digest (template {@code mail/order-partner-digest.ftl}), written when it is sent from the orders as they
 * are then: every order of the window with the partner's lines still to do (those of cancelled orders and refused
 * lines left out), each with the partner's private link to answer. Only what a partner needs: the customer's first
 * name, the slot, the counter. Nothing left to do, nothing sent.
 */
final class DigestEmails implements StoredNotifications.Messages<Digest> {
    /** How the mail service's notifications name these e-mails (MailTags). */
    static final String FEATURE = "partner-digest";

    private final Organisation organisation;
    private final Templates templates;
    private final PartnerLines lines;
    private final OrderStore orders;
    private final PartnerLinks links;
    private final Clock clock;

    DigestEmails(
            Organisation organisation,
            Templates templates,
            PartnerLines lines,
            OrderStore orders,
            PartnerLinks links,
            Clock clock) {
        this.organisation = organisation;
        this.templates = templates;
        this.lines = lines;
        this.orders = orders;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Map<String, Delivery> deliveries(Digest digest) {
        return digest.deliveries();
    }

    @Override
    public Email message(Digest digest, String recipient) {
        PickupWindow window = digest.window();
        List<String> references = lines.of(digest.partnerId(), window.start(), window.end()).stream()
                .filter(line -> line.counterId().equals(window.counterId()))
                .map(PartnerLine::reference)
                .toList();
        List<StoredOrder> listed = orders.findAll(references).stream()
                .filter(order -> PartnerDesk.hasWorkFor(order, digest.partnerId()))
                .sorted(Comparator.comparing(order -> order.request().slot().start()))
                .toList();
        if (listed.isEmpty()) {
            return Email.nothing();
        }
        Instant now = clock.instant();
        List<OrderLine> theirs = linesOf(listed.get(0), digest.partnerId());
        Map<String, Object> model = new HashMap<>();
        model.put("partnerName", theirs.get(0).partnerName());
        model.put("counterName", listed.get(0).request().counterName());
        model.put("counterAddress", listed.get(0).request().counterAddress());
        model.put("date", FrenchFormat.date(window.date()));
        model.put("window", FrenchFormat.window(window.opens(), window.closes()));
        model.put("count", listed.size());
        model.put(
                "orders",
                listed.stream()
                        .map(order -> order(order, digest.partnerId(), links.issue(order, digest.partnerId(), now)))
                        .toList());
        model.put("organisationName", organisation.name());
        model.put("organisationPhone", organisation.contact().phone());
        model.put("organisationEmail", organisation.contact().email());
        return Email.of(List.of(theirs.get(0).partnerEmail()), templates.mail("order-partner-digest.ftl", model))
                .about(FEATURE, digest.id(), recipient);
    }

    @Override
    public Email alert(Digest digest, String failedRecipient, int attempts) {
        return DeliveryAlert.email(
                        templates,
                        organisation.team().email(),
                        templates
                                .wording()
                                .format(
                                        "mail.alert.digest",
                                        digest.partnerId(),
                                        FrenchFormat.date(digest.window().date())),
                        templates.wording().get("mail.alert.digestPartner"),
                        attempts)
                .about(FEATURE, digest.id(), Outbox.ALERT);
    }

    /** One order of the digest: its reference, slot and customer's first name, the partner's lines, its link. */
    private Map<String, Object> order(StoredOrder order, String partnerId, String link) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(
                templates.wording().get("mail.dropOff"),
                OrderTexts.slot(order.request().slot()));
        details.put(
                templates.wording().get("mail.customerFirstName"),
                order.request().customer().contact().firstName());
        return Map.of(
                "reference",
                order.reference(),
                "details",
                details,
                "lines",
                linesOf(order, partnerId).stream().map(OrderTexts::line).toList(),
                "link",
                link);
    }

    private static List<OrderLine> linesOf(StoredOrder order, String partnerId) {
        return order.request().lines().stream()
                .filter(line -> line.partnerId().equals(partnerId))
                .toList();
    }
}
