/**
 * What lets a person find and erase their own data: the keyed e-mail key every record holding an address stores and
 * indexes ({@link fr.conciergeriesolidaire.functions.privacy.EmailKeys}). Depends only on {@code forms}.
 */
package fr.conciergeriesolidaire.functions.privacy;
