/**
 * The mail service's notifications about e-mails it had accepted (bounces, complaints, rejections), recorded on the
 * records whose e-mails they were, found by the tags each e-mail carries ({@code outbox.MailTags}). Depends on the
 * shared packages only.
 */
package fr.conciergeriesolidaire.functions.mailevents;
