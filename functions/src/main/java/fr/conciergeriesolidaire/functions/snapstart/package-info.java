/**
 * SnapStart priming: work a function does before Lambda snapshots it (a refused submission, a read), writing
 * nothing. Features register their handlers' priming here.
 */
package fr.conciergeriesolidaire.functions.snapstart;
