package fr.conciergeriesolidaire.functions.forms;

/** The person who submits a form, validated and normalised (phone in E.164, e-mail with an ASCII domain). */
public record ContactDetails(String firstName, String lastName, String phone, String email) {
    public String fullName() {
        return firstName + " " + lastName;
    }
}
