package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.functions.order.StoredOrder;
import java.util.List;

/**
 * What a partner's page shows: the order its link came with, and its other orders of the coming days that still wait
 * for an answer or for the work. Of each, only the partner's own lines are shown.
 */
record PartnerView(String partnerId, StoredOrder order, List<StoredOrder> others) {
    PartnerView {
        others = List.copyOf(others);
    }
}
