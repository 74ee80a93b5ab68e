package fr.conciergeriesolidaire.functions.privacy;

import java.util.List;
import java.util.Optional;

/**
 * One kind of record that holds people's e-mail addresses (orders, company sign-ups; later registrations, proposals),
 * as "Mes données" and the team's erasure screen see it: the records holding an e-mail key, found by the table's
 * {@value EmailKeys#INDEX} index, and the erasure of one of them. The feature that owns the records implements it
 * and registers a {@link PersonalRecordsProvider}: nothing else knows the feature.
 */
public interface PersonalRecords {
    /** The kind's name: {@code order}, {@code subscription}...; its words are {@code mydata.kind.<kind>}. */
    String kind();

    /** Every live record of this kind whose e-mail key is {@code emailHash}, newest first. */
    List<PersonalRecord> holding(String emailHash);

    /**
     * Erases the record {@code reference} if it holds that e-mail key, for good: a record still in progress is first
     * ended as its own rules say (an order is cancelled and its partners told), then its personal data is deleted
     * wherever the feature keeps it (the record, its e-mails still to send, its own trail). Repeating it erases
     * nothing more.
     *
     * @return what was erased; empty when no live record of that reference holds that key
     */
    Optional<ErasedRecord> erase(String reference, String emailHash);
}
