package fr.conciergeriesolidaire.functions.order;

import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.VersionedUpdate;
import java.time.Instant;

/** An {@link OrderChange} as one conditional UpdateItem: its status, its lines' answers, its audit entry, its e-mails. */
final class OrderUpdate {
    private OrderUpdate() {}

    static VersionedUpdate of(OrderChange change, Instant now) {
        VersionedUpdate update =
                new VersionedUpdate(change.seenVersion(), OrderItemMapper.historyEntry(change.entry()));
        change.status().ifPresent(status -> update.set(s(status.name()), "status"));
        change.lines()
                .forEach((index, state) -> OrderItemMapper.lineState(state)
                        .forEach((field, value) -> update.set(value, "lines[" + index + "]", field)));
        return update.send(change.emails(), now);
    }
}
