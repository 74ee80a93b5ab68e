package fr.conciergeriesolidaire.functions.mydata;

import java.util.List;
import java.util.UUID;

/**
 * A person of the tests, and what they type: an order at a counter, a company's sign-up, a registration for an event,
 * an idea of animation. The phone is typed in the French way and stored in E.164: both must vanish with an erasure.
 */
record Resident(String firstName, String lastName, String phone, String storedPhone, String email) {
    /** Everything of theirs that an erasure must leave nowhere. */
    List<String> traces() {
        return List.of(firstName, lastName, phone, storedPhone, email, building(), comment(), accessNeeds(), idea());
    }

    /** What the event page's script sends for them, needs included. */
    String registration(int places) {
        return """
                {"firstName": "%s", "lastName": "%s", "phone": "%s", "email": "%s",
                 "places": %d, "accessNeeds": "%s", "consent": true}
                """.formatted(firstName, lastName, phone, email, places, accessNeeds());
    }

    /** What they need to take part in an event, as they typed it. */
    String accessNeeds() {
        return "Rampe d'accès pour " + lastName;
    }

    String order() {
        return """
                {"counter": "comptoir-tilleuls",
                 "lines": [{"service": "repassage-chemise", "quantity": 3}, {"service": "talons", "quantity": 1}],
                 "date": "2026-03-10", "window": "16:30-17:00",
                 "firstName": "%s", "lastName": "%s", "phone": "%s", "email": "%s",
                 "building": "%s", "comment": "%s", "consent": true,
                 "idempotencyKey": "%s", "website": ""}
                """.formatted(firstName, lastName, phone, email, building(), comment(), UUID.randomUUID());
    }

    /** Where to find them at the counter's building, as they typed it. */
    String building() {
        return "Bâtiment " + lastName + ", appt 12";
    }

    /** What they added to their order, as they typed it. */
    String comment() {
        return "Sonnez deux fois chez " + lastName;
    }

    /** Their idea of an animation, as they typed it (an idea may name its author). */
    String idea() {
        return "Un atelier de tricot le jeudi, animé par " + lastName;
    }

    /** Their idea sent from the form of that neighbourhood's page, with their name, phone and address. */
    String proposal(String neighbourhood) {
        return """
                {"neighbourhood": "%s", "idea": "%s", "when": "Le jeudi après-midi", "help": "yes",
                 "name": "%s %s", "phone": "%s", "email": "%s", "consent": true,
                 "idempotencyKey": "%s", "website": ""}
                """.formatted(neighbourhood, idea(), firstName, lastName, phone, email, UUID.randomUUID());
    }

    /** @param streetNumber sets the establishment's site apart (one sign-up awaiting review per site) */
    String signUp(int streetNumber) {
        return """
                {"company": "Imprimerie Rémoise", "siret": "732 829 320 00074",
                 "companyStreet": "%d rue de la Paix", "companyPostcode": "51100", "companyCity": "Reims",
                 "employees": 120, "siteAddress": "same", "startDate": "2026-04-01",
                 "firstName": "%s", "lastName": "%s", "role": "Responsable RH",
                 "phone": "%s", "email": "%s",
                 "message": "Un concierge le mardi, si possible.", "consent": true, "website": "",
                 "idempotencyKey": "%s"}
                """.formatted(streetNumber, firstName, lastName, phone, email, UUID.randomUUID());
    }
}
