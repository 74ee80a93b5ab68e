package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.CompanyOffer;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.functions.forms.FormReader;
import java.util.Optional;

/**
 * A site's headcount as typed in a form (the company's, or the team's when they agree the terms): a whole number
 * within the offer's bounds (offer.yaml), or the message saying those bounds.
 */
public final class SignUpHeadcount {
    private SignUpHeadcount() {}

    /** The headcount of {@code field}; empty, with its error added to the form's, when it is none or out of bounds. */
    public static Optional<Integer> read(FormReader form, String field, CompanyOffer offer) {
        Optional<Long> employees = form.number(field);
        if (form.errors().has(field)) {
            return Optional.empty();
        }
        if (employees.isEmpty() || employees.get() < offer.minEmployees() || employees.get() > offer.maxEmployees()) {
            form.errors()
                    .add(
                            field,
                            "signup.employees.range",
                            FrenchFormat.count(offer.minEmployees()),
                            FrenchFormat.count(offer.maxEmployees()));
            return Optional.empty();
        }
        return Optional.of(employees.get().intValue());
    }
}
