package fr.conciergeriesolidaire.functions.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A company's sign-up as the reports read it: the company (a legal person's public data), never its contact person.
 *
 * @param status a stored {@code SignUpStatus} name
 * @param site the site's address on one line
 * @param counterId the company site agreed (a counter's id), once set
 */
public record SignUpFacts(
        String reference,
        Instant createdAt,
        String status,
        String companyName,
        String siret,
        String site,
        int employees,
        LocalDate startDate,
        long monthlyCents,
        Optional<String> counterId) {}
