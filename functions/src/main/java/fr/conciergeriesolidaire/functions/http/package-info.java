/**
 * API Gateway events in and out: the request, its body's limits and encodings, the client's address behind CloudFront,
 * the success answers of a form, and {@link fr.conciergeriesolidaire.functions.http.ErrorAnswers}, the one place where
 * failures become statuses and French messages. Depends on {@code forms}, {@code records} and {@code templates}.
 */
package fr.conciergeriesolidaire.functions.http;
