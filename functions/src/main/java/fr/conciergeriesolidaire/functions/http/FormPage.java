package fr.conciergeriesolidaire.functions.http;

import java.util.function.Function;

/**
 * The site page holding a form, for HTML error answers: where to go back to, and the French label of each
 * field (error links point at {@code path#field}: each input's id is its field name).
 *
 * @param path the form page on the site, e.g. {@code /commander/}
 * @param subject what was being sent, for titles ("votre commande")
 */
public record FormPage(String path, String subject, Function<String, String> label) {}
