package fr.conciergeriesolidaire.functions.programme.proposals;

import static fr.conciergeriesolidaire.functions.aws.Attributes.m;
import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import fr.conciergeriesolidaire.functions.aws.VersionedUpdate;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.programme.proposals.ProposalIndex;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one place that knows the attribute names of a proposal item in the proposals table. The index attributes
 * ({@code neighbourhood}, {@code submittedAt}, {@code status}) are named by the programme module's {@link
 * ProposalIndex}, which counts them for the site.
 *
 * <p>Item: {@code reference} (key), {@code neighbourhood}, {@code submittedAt}, {@code idea}, {@code when}?, {@code
 * help}?, {@code contact}? (map: {@code name}?, {@code email}?, {@code phone}?), {@code emailHash}? ("Mes données"),
 * {@code status}, {@code version}, {@code history} (one entry per change), {@code replies} (the team's answers),
 * {@code eventSlug}?, {@code expiresAt} (TTL), the outbox's {@code notifications} (empty until a reply is e-mailed)
 * and the idempotency attributes of {@code IdempotentPut}.
 */
final class ProposalItemMapper {
    static final String REFERENCE = "reference";
    static final String STATUS = ProposalIndex.STATUS;
    static final String REPLIES = "replies";
    static final String EVENT_SLUG = "eventSlug";

    private static final String NEIGHBOURHOOD = ProposalIndex.NEIGHBOURHOOD;
    private static final String SUBMITTED_AT = ProposalIndex.SUBMITTED_AT;
    private static final String IDEA = "idea";
    private static final String WHEN = "when";
    private static final String HELP = "help";
    private static final String CONTACT = "contact";
    private static final String NAME = "name";
    private static final String EMAIL = "email";
    private static final String PHONE = "phone";

    /**
     * Every attribute that may hold the resident's personal data, for "Mes données" (export, erasure): the contact and
     * its key, and the free texts (an idea, a reply may name someone). Erasing a person's proposal deletes the item.
     */
    static final List<String> PERSONAL_ATTRIBUTES = List.of(CONTACT, EmailKeys.ATTRIBUTE, IDEA, WHEN, REPLIES);

    private ProposalItemMapper() {}

    /** A new proposal's attributes (the reference and idempotency attributes are added by the put). */
    static Map<String, AttributeValue> toItem(
            ProposalRequest request, Optional<String> emailHash, Instant now, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(NEIGHBOURHOOD, s(request.neighbourhood()));
        item.put(SUBMITTED_AT, s(ProposalIndex.instant(now)));
        item.put(IDEA, s(request.idea()));
        request.when().ifPresent(when -> item.put(WHEN, s(when)));
        request.help().ifPresent(help -> item.put(HELP, s(help.name())));
        request.contact().ifPresent(contact -> item.put(CONTACT, contact(contact)));
        emailHash.ifPresent(hash -> item.put(EmailKeys.ATTRIBUTE, s(hash)));
        item.put(STATUS, s(ProposalStatus.NEW.name()));
        item.put(VersionedUpdate.VERSION, n(1));
        item.put(Expiry.ATTRIBUTE, Expiry.at(expiresAt));
        // The replies' e-mails go into this map (VersionedUpdate.send sets paths inside it): it must exist.
        item.put(DynamoDbOutbox.NOTIFICATIONS, m(Map.of()));
        return item;
    }

    static StoredProposal fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> contact = Attributes.map(item, CONTACT);
        ProposalRequest request = new ProposalRequest(
                Attributes.string(item, NEIGHBOURHOOD),
                Attributes.string(item, IDEA),
                Attributes.optionalString(item, WHEN),
                Attributes.optionalString(item, HELP).map(HelpOffer::valueOf),
                item.containsKey(CONTACT)
                        ? Optional.of(new ProposalContact(
                                Attributes.optionalString(contact, NAME),
                                Attributes.optionalString(contact, EMAIL),
                                Attributes.optionalString(contact, PHONE)))
                        : Optional.empty(),
                Optional.empty());
        return new StoredProposal(
                Attributes.string(item, REFERENCE),
                Timestamps.parse(Attributes.string(item, SUBMITTED_AT)),
                request,
                ProposalStatus.valueOf(Attributes.string(item, STATUS)),
                Attributes.number(item, VersionedUpdate.VERSION),
                Attributes.list(item, REPLIES).stream()
                        .map(value -> reply(value.m()))
                        .toList(),
                Attributes.optionalString(item, EVENT_SLUG),
                DynamoDbOutbox.read(item),
                DynamoDbOutbox.needsAttention(item));
    }

    /** The entry of the proposal's own trail (history): who changed its status, when, from what to what. */
    static AttributeValue historyEntry(Instant at, String memberId, ProposalStatus from, ProposalStatus to) {
        return m(Map.of(
                "at", s(Timestamps.format(at)),
                "by", s(memberId),
                "from", s(from.name()),
                "to", s(to.name())));
    }

    static AttributeValue reply(ProposalReply reply) {
        Map<String, AttributeValue> attributes = new HashMap<>();
        attributes.put("at", s(Timestamps.format(reply.at())));
        attributes.put("memberId", s(reply.memberId()));
        attributes.put("memberName", s(reply.memberName()));
        attributes.put("status", s(reply.status().name()));
        reply.text().ifPresent(text -> attributes.put("text", s(text)));
        attributes.put("emailed", AttributeValue.fromBool(reply.emailed()));
        return m(attributes);
    }

    private static ProposalReply reply(Map<String, AttributeValue> value) {
        return new ProposalReply(
                Timestamps.parse(Attributes.string(value, "at")),
                Attributes.string(value, "memberId"),
                Attributes.string(value, "memberName"),
                ProposalStatus.valueOf(Attributes.string(value, "status")),
                Attributes.optionalString(value, "text"),
                Boolean.TRUE.equals(value.get("emailed").bool()));
    }

    private static AttributeValue contact(ProposalContact contact) {
        Map<String, AttributeValue> fields = new HashMap<>();
        contact.name().ifPresent(name -> fields.put(NAME, s(name)));
        contact.email().ifPresent(email -> fields.put(EMAIL, s(email)));
        contact.phone().ifPresent(phone -> fields.put(PHONE, s(phone)));
        return m(fields);
    }
}
