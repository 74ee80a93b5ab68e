package fr.conciergeriesolidaire.functions.registration;

import java.util.Optional;

/** Who registered: validated and normalised (phone in E.164, e-mail with an ASCII domain). */
public record Person(String firstName, String lastName, String email, Optional<String> phone) {
    public String fullName() {
        return firstName + " " + lastName;
    }
}
