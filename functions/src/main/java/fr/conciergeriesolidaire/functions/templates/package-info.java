/**
 * Pages and e-mails from Freemarker templates (under {@code templates/} in the jar), with the site's wording and its
 * response page, loaded on first use; e-mails come out as {@link fr.conciergeriesolidaire.functions.templates.MailContent}.
 * Depends on the catalogue only.
 */
package fr.conciergeriesolidaire.functions.templates;
