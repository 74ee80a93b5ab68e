/**
 * Reading, validating and guarding a submission, whatever the form: the fields of a JSON or form body, the rules of
 * names, phones, e-mails, SIRET, dates and free text, the spam guard, the rate limit's interface, idempotency keys, and
 * the refusals as exceptions carrying message keys of the site's wording. Depends on {@code records} and the catalogue
 * only; every feature may use it.
 */
package fr.conciergeriesolidaire.functions.forms;
