package fr.conciergeriesolidaire.browser.forms;

import fr.conciergeriesolidaire.browser.RunningSite;
import java.time.LocalDate;

/** A company asking for a conciergerie, as its contact person types it in the sign-up form. */
public record Company(
        String name,
        String siret,
        String street,
        String postcode,
        String city,
        int employees,
        LocalDate startDate,
        String role) {

    /** A valid company of that headcount; {@code number} tells SIRETs apart (the API bounds sign-ups per site). */
    public static Company valid(int number, int employees) {
        return new Company(
                "Entreprise d'essai " + number,
                Sirets.valid(number),
                "20 rue de l'Entreprise",
                "51100",
                "Reims",
                employees,
                LocalDate.now(RunningSite.CLOCK).plusMonths(1),
                "Responsable des ressources humaines");
    }
}
