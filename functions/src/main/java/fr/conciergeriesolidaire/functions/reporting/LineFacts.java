package fr.conciergeriesolidaire.functions.reporting;

/**
 * One ordered service as the reports read it: what, from which partner, how many at what price (cents), and the
 * partner's answer (a stored {@code LineStatus} name).
 */
public record LineFacts(
        String serviceName,
        String unit,
        String partnerId,
        String partnerName,
        int quantity,
        long unitPriceCents,
        long totalCents,
        String status) {

    /** Business brought to the partner: every line it did not refuse. */
    public boolean counts() {
        return !StoredValues.LINE_REFUSED.equals(status);
    }
}
