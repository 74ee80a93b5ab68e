package fr.conciergeriesolidaire.functions.forms;

/**
 * A JSON number with a fraction or an exponent, as written ({@code 2.5}, {@code 1e99999999999}): no field of the
 * forms takes one, so it is never converted (a huge exponent would not fit any Java number) and every field refuses
 * it as the wrong type.
 */
record JsonFraction(String text) {}
