package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.outbox.Notifier;
import fr.conciergeriesolidaire.functions.records.ChangeRefusedException;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An order's life after it is taken, step by step: a partner accepts, refuses (with a reason) or finishes each of its
 * lines; the team marks it ready at the counter, then given back, or cancels it (with a reason); the customer may
 * cancel it while no partner has accepted a line. Each step checks what the order's state allows, then writes one
 * conditional update on the version that was read (a concurrent change wins and the loser is told), with its audit
 * entry and the e-mails it sends, which are tried at once and otherwise sent by the sweeper.
 */
public final class OrderLife {
    private static final System.Logger LOG = System.getLogger(OrderLife.class.getName());

    private final OrderStore store;
    private final Notifier notifier;
    private final Clock clock;

    public OrderLife(OrderStore store, Notifier notifier, Clock clock) {
        this.store = store;
        this.notifier = notifier;
        this.clock = clock;
    }

    public StoredOrder find(String reference) {
        return store.find(reference).orElseThrow(() -> new NoSuchRecordException());
    }

    /** The team: the order is back at the counter; the customer is told to come and collect it. */
    public StoredOrder markReady(String reference, long seenVersion, Staff who) {
        StoredOrder order = find(reference);
        require(order.status() == OrderStatus.RECEIVED, "order.life.notReceived");
        return apply(order, seenVersion, OrderStatus.READY, who, Optional.empty(), List.of(Recipients.CUSTOMER_READY));
    }

    /** The team: the customer collected the order. */
    public StoredOrder giveBack(String reference, long seenVersion, Staff who) {
        StoredOrder order = find(reference);
        require(order.status() == OrderStatus.READY, "order.life.notReady");
        return apply(order, seenVersion, OrderStatus.GIVEN_BACK, who, Optional.empty(), List.of());
    }

    /** The team cancels an open order; the customer and the partners still concerned are told. */
    public StoredOrder cancel(String reference, long seenVersion, Staff who, String reason) {
        StoredOrder order = find(reference);
        require(order.status().isOpen(), "order.life.closed");
        List<String> emails = new ArrayList<>(partnersToTell(order));
        emails.add(Recipients.CUSTOMER_CANCELLED);
        return apply(order, seenVersion, OrderStatus.CANCELLED, who, Optional.of(reason), emails);
    }

    /** The customer cancels an order no partner has accepted yet; the partners and the team are told. */
    public StoredOrder cancelByCustomer(String reference, long seenVersion) {
        StoredOrder order = find(reference);
        require(order.status() == OrderStatus.RECEIVED, "order.life.closed");
        require(!order.hasAnAcceptedLine(), "order.life.alreadyAccepted");
        List<String> emails = new ArrayList<>(partnersToTell(order));
        emails.add(Recipients.TEAM_CANCELLED);
        HistoryEntry entry = new HistoryEntry(
                clock.instant(),
                HistoryEntry.CUSTOMER,
                Optional.empty(),
                order.status().name(),
                OrderStatus.CANCELLED.name(),
                Optional.empty(),
                Optional.empty());
        return changed(
                new OrderChange(reference, seenVersion, Optional.of(OrderStatus.CANCELLED), Map.of(), entry, emails));
    }

    /**
     * A partner answers for one of its lines: accepted, refused (the customer is told, with the reason), or done and
     * ready to go back to the counter.
     */
    public StoredOrder answer(
            String reference,
            long seenVersion,
            String partnerId,
            int line,
            LineStatus answer,
            Optional<String> reason) {
        StoredOrder order = find(reference);
        require(
                line >= 0
                        && line < order.request().lines().size()
                        && order.request().lines().get(line).partnerId().equals(partnerId),
                "order.life.notYourLine");
        require(order.status() == OrderStatus.RECEIVED, "order.life.closed");
        LineStatus current = order.lines().get(line).status();
        require(allowed(current, answer), "order.life.answerNotAllowed");
        Instant now = clock.instant();
        LineState state =
                new LineState(answer, answer == LineStatus.REFUSED ? reason : Optional.empty(), Optional.of(now));
        List<String> emails = answer == LineStatus.REFUSED ? List.of(Recipients.lineRefused(line)) : List.of();
        HistoryEntry entry = new HistoryEntry(
                now,
                HistoryEntry.partner(partnerId),
                Optional.empty(),
                current.name(),
                answer.name(),
                Optional.of(line),
                state.reason());
        return changed(new OrderChange(reference, seenVersion, Optional.empty(), Map.of(line, state), entry, emails));
    }

    /** A line moves forward only: accepted or refused once asked, ready once accepted (or straight away). */
    private static boolean allowed(LineStatus from, LineStatus to) {
        return switch (from) {
            case PENDING -> to == LineStatus.ACCEPTED || to == LineStatus.REFUSED || to == LineStatus.READY;
            case ACCEPTED -> to == LineStatus.READY || to == LineStatus.REFUSED;
            case REFUSED, READY -> false;
        };
    }

    /** The partners with a line still to do (not refused by them), who must not work for nothing. */
    static List<String> partnersToTell(StoredOrder order) {
        List<String> partners = new ArrayList<>();
        for (int line = 0; line < order.lines().size(); line++) {
            String partner = order.request().lines().get(line).partnerId();
            if (order.lines().get(line).status() != LineStatus.REFUSED
                    && !partners.contains(Recipients.partnerCancelled(partner))) {
                partners.add(Recipients.partnerCancelled(partner));
            }
        }
        return partners;
    }

    private StoredOrder apply(
            StoredOrder order,
            long seenVersion,
            OrderStatus status,
            Staff who,
            Optional<String> reason,
            List<String> emails) {
        HistoryEntry entry = new HistoryEntry(
                clock.instant(),
                who.memberId(),
                Optional.of(who.name()),
                order.status().name(),
                status.name(),
                Optional.empty(),
                reason);
        return changed(new OrderChange(order.reference(), seenVersion, Optional.of(status), Map.of(), entry, emails));
    }

    private StoredOrder changed(OrderChange change) {
        StoredOrder changed = store.change(change, clock.instant());
        if (!change.emails().isEmpty()) {
            sendNow(notifier, change.reference(), change.emails());
        }
        return changed;
    }

    /**
     * Tries these new e-mails of the order at once (only these: its others, a partner's still due, are the
     * notifier's); left to the sweeper if that fails.
     */
    static void sendNow(Notifier notifier, String reference, Collection<String> recipients) {
        try {
            notifier.deliver(reference, recipients);
        } catch (RuntimeException later) {
            // The e-mails are in the outbox, and the order in the sweeper's index: they leave within minutes.
            LOG.log(
                    Level.WARNING,
                    "E-mails of {0} left to the sweeper: {1}",
                    reference,
                    later.getClass().getSimpleName());
        }
    }

    private static void require(boolean allowed, String refusal) {
        if (!allowed) {
            throw new ChangeRefusedException(refusal);
        }
    }
}
