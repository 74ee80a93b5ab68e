package fr.conciergeriesolidaire.functions.outbox;

import java.util.List;

/** The e-mail telling the team that one e-mail of a record was given up, so they reach its reader another way. */
public final class DeliveryAlert {
    private DeliveryAlert() {}

    /**
     * @param record what the record is, with its reference: "la commande K7QM-3XPA"
     * @param failedEmail which e-mail failed, in words: "confirmation au client"
     */
    public static Email email(String teamEmail, String record, String failedEmail, int attempts) {
        return new MessageBuilder()
                .paragraph("L'e-mail «\u00a0" + failedEmail + "\u00a0» de " + record + " n'a pas pu être envoyé après "
                        + attempts + " tentatives.")
                .paragraph("Prévenez le destinataire par un autre moyen et vérifiez le service d'envoi d'e-mails.")
                .build(List.of(teamEmail), "À traiter\u00a0: e-mail non envoyé pour " + record);
    }
}
