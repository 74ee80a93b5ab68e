package fr.conciergeriesolidaire.functions.outbox;

import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.List;
import java.util.Map;

/** The e-mail telling the team that one e-mail of a record was given up, so they reach its reader another way. */
public final class DeliveryAlert {
    private DeliveryAlert() {}

    /**
     * @param record what the record is, with its reference: "la commande K7QM-3XPA"
     * @param failedEmail which e-mail failed, in words: "confirmation au client"
     */
    public static Email email(Templates templates, String teamEmail, String record, String failedEmail, int attempts) {
        return Email.of(
                List.of(teamEmail),
                templates.mail(
                        "delivery-alert.ftl",
                        Map.of("record", record, "failedEmail", failedEmail, "attempts", attempts)));
    }
}
