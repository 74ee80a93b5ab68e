package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.order.ChangeForms;
import fr.conciergeriesolidaire.functions.order.LineStatus;
import fr.conciergeriesolidaire.functions.order.OrderLife;
import fr.conciergeriesolidaire.functions.order.OrderStatus;
import fr.conciergeriesolidaire.functions.order.OrderStore;
import fr.conciergeriesolidaire.functions.order.PartnerAccess;
import fr.conciergeriesolidaire.functions.order.PartnerLine;
import fr.conciergeriesolidaire.functions.order.PartnerLines;
import fr.conciergeriesolidaire.functions.order.PartnerLinks;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.References;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A partner at its page: who the link says it is, what it sees, and its answers, each one call to {@link OrderLife}
 * on the version its page showed. The link proves the partner; it acts on its own lines only (of the link's order or
 * of its other coming orders): any other line, or an order without its lines, does not exist for it (404).
 */
final class PartnerDesk {
    /** How far ahead a partner's page lists its other orders still to do. */
    static final Duration COMING = Duration.ofDays(14);

    private final PartnerLinks links;
    private final PartnerLines lines;
    private final OrderStore orders;
    private final OrderLife life;
    private final Clock clock;
    private final ZoneId zone;

    PartnerDesk(PartnerLinks links, PartnerLines lines, OrderStore orders, OrderLife life, Clock clock, ZoneId zone) {
        this.links = links;
        this.lines = lines;
        this.orders = orders;
        this.life = life;
        this.clock = clock;
        this.zone = zone;
    }

    /** @throws NoSuchRecordException for a link that is not (or no longer) a partner's */
    PartnerAccess open(String token) {
        return links.open(token, clock.instant()).orElseThrow(NoSuchRecordException::new);
    }

    PartnerView view(PartnerAccess access) {
        StoredOrder order = orders.find(access.reference()).orElseThrow(NoSuchRecordException::new);
        Instant from =
                LocalDate.ofInstant(clock.instant(), zone).atStartOfDay(zone).toInstant();
        List<String> coming = lines.of(access.partnerId(), from, from.plus(COMING)).stream()
                .map(PartnerLine::reference)
                .filter(reference -> !reference.equals(access.reference()))
                .toList();
        List<StoredOrder> others = orders.findAll(coming).stream()
                .filter(other -> hasWorkFor(other, access.partnerId()))
                .sorted(Comparator.comparing(other -> other.request().slot().start()))
                .toList();
        return new PartnerView(access.partnerId(), order, others);
    }

    /**
     * @return the answer given
     * @throws fr.conciergeriesolidaire.functions.forms.InvalidInputException for a refusal without its reason, a form
     *     without its version or answer
     */
    LineStatus answer(PartnerAccess access, SubmittedFields fields) {
        FieldErrors errors = new FieldErrors();
        String reference = fields.text(PartnerFields.REFERENCE, errors)
                .flatMap(References::parse)
                .orElseThrow(NoSuchRecordException::new);
        StoredOrder order = orders.find(reference).orElseThrow(NoSuchRecordException::new);
        int line = fields.number(PartnerFields.LINE, errors)
                .filter(index -> index >= 0 && index < order.request().lines().size())
                .map(Long::intValue)
                .filter(index -> order.request().lines().get(index).partnerId().equals(access.partnerId()))
                .orElseThrow(NoSuchRecordException::new);
        long version = ChangeForms.version(fields, errors);
        Optional<LineStatus> answer = fields.text(PartnerFields.ANSWER, errors).flatMap(PartnerFields::answer);
        if (answer.isEmpty()) {
            errors.add(PartnerFields.ANSWER, "partner.answer.unknown");
        }
        Optional<String> reason = answer.filter(LineStatus.REFUSED::equals).isPresent()
                ? ChangeForms.reason(fields, errors)
                : Optional.empty();
        errors.throwIfAny();
        life.answer(reference, version, access.partnerId(), line, answer.get(), reason);
        return answer.get();
    }

    /** An order still being dealt with where the partner has a line to answer or to finish. */
    static boolean hasWorkFor(StoredOrder order, String partnerId) {
        return order.status() == OrderStatus.RECEIVED
                && IntStream.range(0, order.lines().size())
                        .anyMatch(index ->
                                order.request().lines().get(index).partnerId().equals(partnerId)
                                        && (order.lines().get(index).status() == LineStatus.PENDING
                                                || order.lines().get(index).status() == LineStatus.ACCEPTED));
    }
}
