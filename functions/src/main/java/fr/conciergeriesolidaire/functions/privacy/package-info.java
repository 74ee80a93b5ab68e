/**
 * What lets a person find, take away and erase their own data: the keyed e-mail key every record holding an address
 * stores and indexes ({@link fr.conciergeriesolidaire.functions.privacy.EmailKeys}), and the seam through which each
 * feature offers its records to "Mes données" ({@link fr.conciergeriesolidaire.functions.privacy.PersonalRecords},
 * registered as a {@link fr.conciergeriesolidaire.functions.privacy.PersonalRecordsProvider} service and gathered by
 * {@link fr.conciergeriesolidaire.functions.privacy.AllPersonalRecords}). Depends only on {@code forms}.
 */
package fr.conciergeriesolidaire.functions.privacy;
