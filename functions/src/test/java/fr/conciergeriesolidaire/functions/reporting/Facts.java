package fr.conciergeriesolidaire.functions.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Orders, lines and sign-ups as the reports read them, made up for tests. */
final class Facts {
    static final String TILLEULS = "comptoir-tilleuls";
    static final String COMPANY_SITE = "site-entreprise-bailleur";

    private Facts() {}

    static LineFacts line(String partner, int quantity, long unitCents, String status) {
        return new LineFacts(
                "Service de " + partner,
                "la pièce",
                partner,
                "Partenaire " + partner,
                quantity,
                unitCents,
                quantity * unitCents,
                status);
    }

    static OrderFacts order(
            String reference, String at, String counter, String status, String person, LineFacts... lines) {
        return new OrderFacts(
                reference,
                Instant.parse(at),
                counter,
                counter.equals(TILLEULS) ? "Comptoir des Tilleuls" : "Conciergerie d'entreprise du bailleur partenaire",
                LocalDate.parse(at.substring(0, 10)).plusDays(2),
                status,
                List.of(lines),
                person == null ? OrderFacts.unkeyed(reference) : person,
                person != null);
    }

    static SignUpFacts signUp(
            String reference, String at, String status, String company, int employees, Optional<String> counter) {
        return new SignUpFacts(
                reference,
                Instant.parse(at),
                status,
                company,
                "73282932000074",
                "20 rue de l'Entreprise, 51100 Reims",
                employees,
                LocalDate.parse("2026-04-01"),
                59_800,
                counter);
    }
}
