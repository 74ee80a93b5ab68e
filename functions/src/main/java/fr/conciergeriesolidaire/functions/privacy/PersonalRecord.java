package fr.conciergeriesolidaire.functions.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record holding a person's e-mail address, as they see it on "Mes données" and take it away: what it is, what is
 * kept and until when, and all of its personal data.
 *
 * @param kind the kind of record ({@link PersonalRecords#kind()})
 * @param retention how long such records are kept, in words ("13 mois après la commande", from policies.yaml)
 * @param email the address the record holds, where the erasure's confirmation goes
 * @param inProgress whether erasing it first ends something under way (an order not given back yet is cancelled)
 * @param fields what it holds, labelled in French, in the order a person reads it
 * @param data the same, as the JSON of the download (portability): names and values a program reads
 */
public record PersonalRecord(
        String kind,
        String reference,
        Instant receivedAt,
        Instant keptUntil,
        String retention,
        String email,
        boolean inProgress,
        List<Field> fields,
        Map<String, Object> data) {

    /** One labelled value; a value may hold several lines. */
    public record Field(String label, String value) {
        public Field {
            Objects.requireNonNull(label);
            Objects.requireNonNull(value);
        }
    }

    public PersonalRecord {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(reference);
        fields = List.copyOf(fields);
        data = Map.copyOf(data);
    }

    /** How the forms name one record: {@code order:K7QM-3XPA}. */
    public String key() {
        return kind + ":" + reference;
    }
}
