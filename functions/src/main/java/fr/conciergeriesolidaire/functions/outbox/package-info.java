/**
 * The e-mails of stored records, sent once and never lost: the {@link fr.conciergeriesolidaire.functions.outbox.Outbox}
 * of delivery states, the {@link fr.conciergeriesolidaire.functions.outbox.Notifier} that claims, sends and records
 * each e-mail, the {@link fr.conciergeriesolidaire.functions.outbox.Sweeper} that retries, the
 * {@link fr.conciergeriesolidaire.functions.outbox.Mailer} interface. No AWS here: implementations live in {@code aws}.
 */
package fr.conciergeriesolidaire.functions.outbox;
