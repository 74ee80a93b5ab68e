/**
 * API Gateway events in and out: the request, its body's limits and encodings, the client's address and the site's
 * origin behind CloudFront ({@code ClientAddress}, {@code SiteOrigin}), the success answers of a form, {@code Refusal}
 * (what each failure means: status, words, headers) and {@link fr.conciergeriesolidaire.functions.http.ErrorAnswers},
 * the one place where the forms' failures become answers. Depends on {@code forms}, {@code records} and {@code
 * templates}.
 */
package fr.conciergeriesolidaire.functions.http;
