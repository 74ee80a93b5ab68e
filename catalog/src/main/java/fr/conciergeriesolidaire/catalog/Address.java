package fr.conciergeriesolidaire.catalog;

/** A postal address in France. */
public record Address(String street, String postcode, String city) {
    /** One line, as printed in e-mails: "12 allée des Tilleuls, 51100 Reims". */
    public String oneLine() {
        return street + ", " + postcode + " " + city;
    }
}
