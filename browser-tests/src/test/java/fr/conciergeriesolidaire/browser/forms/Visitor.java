package fr.conciergeriesolidaire.browser.forms;

import java.util.Locale;

/** The person filling a form in a test: each test has its own, so that its e-mails are told apart. */
public record Visitor(String firstName, String lastName, String phone, String email) {
    public static Visitor named(String firstName, String lastName) {
        return new Visitor(
                firstName,
                lastName,
                "06 12 34 56 78",
                (firstName + "." + lastName).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@exemple.fr");
    }
}
