package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
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
import java.util.Optional;

/**
 * The e-mails of an order (templates {@code mail/order-*.ftl}). Each says only what its reader needs: the customer
 * gets the reference, the slot, the services and the total; the team also the contact details; a partner only its
 * own lines, the slot, the counter and the customer's first name. Subjects hold no text typed by the customer. All
 * is written from what the order stored (counter, partners, prices at the time), whatever the catalogue becomes.
 */
final class OrderEmails implements StoredNotifications.Messages<StoredOrder> {
    /** How the mail service's notifications name this feature (MailTags). */
    static final String FEATURE = "order";

    private final Organisation organisation;
    private final Templates templates;
    private final PartnerNotices partners;
    /** None where the e-mails of an order's changes are sent: they carry no follow-up link (no hash secret there). */
    private final Optional<FollowUpLinks> followUpLinks;

    OrderEmails(
            Organisation organisation,
            Templates templates,
            PartnerNotices partners,
            Optional<FollowUpLinks> followUpLinks) {
        this.organisation = organisation;
        this.templates = templates;
        this.partners = partners;
        this.followUpLinks = followUpLinks;
    }

    @Override
    public Map<String, Delivery> deliveries(StoredOrder order) {
        return order.deliveries();
    }

    @Override
    public Email message(StoredOrder order, String recipient) {
        return written(order, recipient).about(FEATURE, order.reference(), recipient);
    }

    @Override
    public Email alert(StoredOrder order, String failedRecipient, int attempts) {
        return DeliveryAlert.email(
                        templates,
                        organisation.team().email(),
                        templates.wording().format("mail.alert.order", order.reference()),
                        describe(failedRecipient),
                        attempts)
                .about(FEATURE, order.reference(), Outbox.ALERT);
    }

    private Email written(StoredOrder order, String recipient) {
        return switch (recipient) {
            case Recipients.CUSTOMER -> customer(order);
            case Recipients.TEAM -> team(order);
            case Recipients.CUSTOMER_READY ->
                toCustomer(
                        order, "order-ready.ftl", model(order, order.request().lines(), slot(order)));
            case Recipients.CUSTOMER_CANCELLED -> toCustomer(order, "order-cancelled.ftl", withReason(order, Map.of()));
            case Recipients.TEAM_CANCELLED -> toTeam(order, "order-team-cancelled.ftl");
            case Recipients.TEAM_ERASED -> toTeam(order, "order-team-erased.ftl");
            default -> laterEmail(order, recipient);
        };
    }

    /** A partner's e-mail, a refused line's, or a partner's cancellation, by the recipient key's prefix. */
    private Email laterEmail(StoredOrder order, String recipient) {
        Optional<Integer> refused = Recipients.refusedLine(recipient);
        if (refused.isPresent()) {
            OrderLine line = order.request().lines().get(refused.get());
            Map<String, Object> model = model(order, List.of(line), slot(order));
            model.put("partnerName", line.partnerName());
            model.put("reason", order.lines().get(refused.get()).reason().orElse(""));
            return toCustomer(order, "order-line-refused.ftl", model);
        }
        Optional<String> cancelled = Recipients.cancelledPartner(recipient);
        if (cancelled.isPresent()) {
            List<OrderLine> theirs = linesOf(order, cancelled.get());
            return Email.of(
                    List.of(theirs.get(0).partnerEmail()),
                    templates.mail("order-partner-cancelled.ftl", model(order, theirs, slot(order))));
        }
        String partnerId = Recipients.partnerId(recipient)
                .orElseThrow(() -> new IllegalStateException("Unknown recipient " + recipient));
        return partners.linkToSend(order, partnerId)
                .map(link -> partner(order, partnerId, link))
                .orElseGet(Email::nothing);
    }

    private Email toTeam(StoredOrder order, String template) {
        return Email.of(
                List.of(organisation.team().email()),
                templates.mail(template, model(order, order.request().lines(), slot(order))));
    }

    private Email toCustomer(StoredOrder order, String template, Map<String, Object> model) {
        return Email.of(List.of(order.request().customer().contact().email()), templates.mail(template, model));
    }

    /** The whole order's model, with the reason the team gave when it cancelled it. */
    private Map<String, Object> withReason(StoredOrder order, Map<String, Object> extra) {
        Map<String, Object> model = model(order, order.request().lines(), slot(order));
        model.putAll(extra);
        model.put(
                "reason",
                order.history().stream()
                        .filter(entry -> entry.to().equals(OrderStatus.CANCELLED.name()))
                        .reduce((first, last) -> last)
                        .flatMap(HistoryEntry::reason)
                        .orElse(""));
        return model;
    }

    private static List<OrderLine> linesOf(StoredOrder order, String partnerId) {
        List<OrderLine> theirs = order.request().lines().stream()
                .filter(line -> line.partnerId().equals(partnerId))
                .toList();
        if (theirs.isEmpty()) {
            throw new IllegalStateException("No line of the order is the partner's: " + partnerId);
        }
        return theirs;
    }

    Email customer(StoredOrder order) {
        Map<String, Object> model = model(order, order.request().lines(), slot(order));
        model.put(
                "followUpUrl",
                followUpLinks.flatMap(links -> links.url(order, siteUrl())).orElse(""));
        return Email.of(
                List.of(order.request().customer().contact().email()), templates.mail("order-customer.ftl", model));
    }

    Email team(StoredOrder order) {
        OrderRequest request = order.request();
        Wording wording = templates.wording();
        Map<String, String> customer = new LinkedHashMap<>();
        customer.put(wording.get("form.firstName"), request.customer().contact().firstName());
        customer.put(wording.get("form.lastName"), request.customer().contact().lastName());
        customer.put(wording.get("form.phone"), request.customer().contact().phone());
        customer.put(wording.get("form.email"), request.customer().contact().email());
        request.customer().building().ifPresent(building -> customer.put(wording.get("order.building"), building));
        request.comment().ifPresent(comment -> customer.put(wording.get("order.comment"), comment));
        Map<String, Object> model = model(order, request.lines(), slot(order));
        model.put("customer", customer);
        return Email.of(List.of(organisation.team().email()), templates.mail("order-team.ftl", model));
    }

    /** @param link the partner's private link to answer for its lines */
    Email partner(StoredOrder order, String partnerId, String link) {
        List<OrderLine> theirs = linesOf(order, partnerId);
        Map<String, String> slot = slot(order);
        slot.put(
                templates.wording().get("mail.customerFirstName"),
                order.request().customer().contact().firstName());
        Map<String, Object> model = model(order, theirs, slot);
        model.put("partnerName", theirs.get(0).partnerName());
        model.put("link", link);
        return Email.of(List.of(theirs.get(0).partnerEmail()), templates.mail("order-partner.ftl", model));
    }

    /** What every e-mail of the order shows: the reference, the slot at the counter, the lines and the total. */
    private Map<String, Object> model(StoredOrder order, List<OrderLine> lines, Map<String, String> slot) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", order.reference());
        model.put("counterName", order.request().counterName());
        model.put("slotDate", FrenchFormat.date(order.request().slot().date()));
        model.put("slot", slot);
        model.put("lines", lines.stream().map(OrderTexts::line).toList());
        model.put("total", FrenchFormat.price(order.request().totalCents()));
        model.put("organisationName", organisation.name());
        model.put("organisationPhone", organisation.contact().phone());
        model.put("organisationEmail", organisation.contact().email());
        return model;
    }

    /** The reference, the counter with its address, and the drop-off slot, labelled. */
    private Map<String, String> slot(StoredOrder order) {
        Wording wording = templates.wording();
        Slot slot = order.request().slot();
        Map<String, String> details = new LinkedHashMap<>();
        details.put(wording.get("mail.reference"), order.reference());
        details.put(
                wording.get("mail.counter"),
                order.request().counterName() + ", " + order.request().counterAddress());
        details.put(wording.get("mail.dropOff"), OrderTexts.slot(slot));
        return details;
    }

    /** The site's address as organisation.yaml gives it, for an order that did not say where it came from. */
    private String siteUrl() {
        String url = organisation.site().url();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String describe(String recipient) {
        Wording wording = templates.wording();
        if (recipient.equals(Recipients.CUSTOMER)) {
            return wording.get("mail.alert.orderCustomer");
        }
        if (recipient.equals(Recipients.TEAM)) {
            return wording.get("mail.alert.orderTeam");
        }
        if (recipient.equals(Recipients.TEAM_ERASED)) {
            return wording.get("mail.alert.orderTeamErased");
        }
        return wording.format(
                "mail.alert.orderPartner", Recipients.partnerId(recipient).orElse(recipient));
    }
}
