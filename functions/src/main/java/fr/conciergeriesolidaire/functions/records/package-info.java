/**
 * What every stored record shares: human references ({@code K7QM-3XPA}) and the failure of storage that answers 503.
 * Depends on nothing.
 */
package fr.conciergeriesolidaire.functions.records;
