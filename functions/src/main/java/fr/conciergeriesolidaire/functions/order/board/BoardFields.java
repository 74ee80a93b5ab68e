package fr.conciergeriesolidaire.functions.order.board;

import fr.conciergeriesolidaire.functions.order.OrderStage;
import java.util.List;
import java.util.Map;

/**
 * The board's and round sheet's filters, in their address (a plain GET form: a filtered board can be bookmarked and
 * works without script), and what each filter may say. Labels are {@code order.board.<field>}.
 */
final class BoardFields {
    static final String LABELS = "order.board";
    static final String COUNTER = "comptoir";
    static final String FROM = "du";
    static final String DAYS = "jours";
    static final String STAGE = "statut";

    /** The board shows a week unless asked otherwise. */
    static final int DEFAULT_DAYS = 7;

    static final List<Integer> DAY_CHOICES = List.of(1, 3, 7, 14);

    /** How far from today the board looks, either way: the orders' retention is longer, the team's need is not. */
    static final int MAX_DISTANCE_IN_DAYS = 366;

    /** Each stage as the address says it. */
    static final Map<OrderStage, String> STAGES = Map.of(
            OrderStage.RECEIVED, "recue",
            OrderStage.TRANSMITTED, "transmise",
            OrderStage.READY, "prete",
            OrderStage.GIVEN_BACK, "remise",
            OrderStage.CANCELLED, "annulee");

    private BoardFields() {}
}
