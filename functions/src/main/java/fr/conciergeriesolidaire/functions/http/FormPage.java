package fr.conciergeriesolidaire.functions.http;

import fr.conciergeriesolidaire.functions.forms.FieldLabels;

/**
 * The site page holding a form, for its refusals: where to go back to, and each field's label as the form shows it
 * (an error links to {@code path#field}: each control's id is its field's name).
 *
 * @param path the form page on the site, e.g. {@code /commander/}
 */
public record FormPage(String path, FieldLabels labels) {}
