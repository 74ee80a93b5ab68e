package fr.conciergeriesolidaire.functions.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Orders, lines and sign-ups as the reports read them, made up for tests. */
final class Facts {
    static final String TILLEULS = "comptoir-tilleuls";
    static final String COMPANY_SITE = "site-entreprise-bailleur";

    private Facts() {}

    /**
     * Orders written one a line, as a table: {@code reference receivedAt counter status person line...}, each line
     * {@code partner×quantity@unitCents:status}; a person {@code -} is an order stored before orders kept a key.
     */
    static List<OrderFacts> orders(String table) {
        List<OrderFacts> orders = new ArrayList<>();
        for (String row : table.strip().split("\n")) {
            String[] cells = row.strip().split("\\s+");
            List<LineFacts> lines = new ArrayList<>();
            for (int cell = 5; cell < cells.length; cell++) {
                String[] partner = cells[cell].split("×");
                String[] quantity = partner[1].split("@");
                String[] price = quantity[1].split(":");
                lines.add(line(partner[0], Integer.parseInt(quantity[0]), Long.parseLong(price[0]), price[1]));
            }
            orders.add(order(
                    cells[0],
                    cells[1],
                    cells[2],
                    cells[3],
                    cells[4].equals("-") ? null : cells[4],
                    lines.toArray(LineFacts[]::new)));
        }
        return orders;
    }

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
