package fr.conciergeriesolidaire.browser;

/**
 * French typography puts non-breaking spaces before « : » and in « 12,50 € », narrow ones in « 10 000 »; a reader
 * hears one space either way, and so do the tests' comparisons.
 */
public final class Spaces {
    private Spaces() {}

    public static String plain(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }
}
