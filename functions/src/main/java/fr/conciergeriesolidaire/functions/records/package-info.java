/**
 * What every stored record shares: human references ({@code K7QM-3XPA}) and the failures of any record: storage out
 * of reach (503), a record changed since it was read (409), a record that does not exist (404). Depends on nothing.
 */
package fr.conciergeriesolidaire.functions.records;
