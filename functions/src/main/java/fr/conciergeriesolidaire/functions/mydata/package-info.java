/**
 * "Mes données" (RGPD articles 15, 17 and 20): a person asks for a link at their address ({@code
 * MyDataRequestHandler}, the same answer whoever they are; the link is sent after the answer, from the requests
 * table's stream, {@code MyDataMailHandler}), opens the list of every record holding it ({@code MyDataHandler}),
 * downloads it as JSON, and erases one record or all ({@code MyDataErasureHandler}, {@code Erasures}); the team does
 * the same for a request by letter or phone ({@code ErasureScreenHandler}), recorded in the audit trail. Reads and
 * erases the records of every feature through {@code privacy.AllPersonalRecords}, knowing none of them. Depends on the
 * shared packages only; nothing depends on it.
 */
package fr.conciergeriesolidaire.functions.mydata;
