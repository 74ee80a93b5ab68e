package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.order.ChangeForms;
import fr.conciergeriesolidaire.functions.order.OrderLife;
import fr.conciergeriesolidaire.functions.order.OrderStore;
import fr.conciergeriesolidaire.functions.order.Staff;
import fr.conciergeriesolidaire.functions.order.StoredOrder;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;

/**
 * An order as the team reads and changes it: found only if the member serves its counter (for a concierge, another
 * counter's order does not exist: 404, whether it does or not), each change one call to {@link OrderLife} on the
 * version the member's page showed, recorded under the member's id and name.
 */
final class StaffOrders {
    private final OrderStore store;
    private final OrderLife life;

    StaffOrders(OrderStore store, OrderLife life) {
        this.store = store;
        this.life = life;
    }

    /** @throws NoSuchRecordException when there is no such order, or it is another counter's */
    StoredOrder find(SignedInMember member, String reference) {
        return store.find(reference)
                .filter(order -> member.mayServe(order.request().counterId()))
                .orElseThrow(NoSuchRecordException::new);
    }

    StoredOrder markReady(SignedInMember member, String reference, SubmittedFields fields) {
        find(member, reference);
        return life.markReady(reference, version(fields), staff(member));
    }

    StoredOrder giveBack(SignedInMember member, String reference, SubmittedFields fields) {
        find(member, reference);
        return life.giveBack(reference, version(fields), staff(member));
    }

    StoredOrder cancel(SignedInMember member, String reference, SubmittedFields fields) {
        find(member, reference);
        FieldErrors errors = new FieldErrors();
        long version = ChangeForms.version(fields, errors);
        String reason = ChangeForms.reason(fields, errors).orElse("");
        errors.throwIfAny();
        return life.cancel(reference, version, staff(member), reason);
    }

    private static long version(SubmittedFields fields) {
        FieldErrors errors = new FieldErrors();
        long version = ChangeForms.version(fields, errors);
        errors.throwIfAny();
        return version;
    }

    private static Staff staff(SignedInMember member) {
        return new Staff(member.memberId(), member.name());
    }
}
