package fr.conciergeriesolidaire.functions.order;

/** One ordered service, priced by the server from the catalogue (the browser's prices are never read). */
public record OrderLine(
        String serviceId,
        String serviceName,
        String unit,
        String partnerId,
        String partnerName,
        String partnerEmail,
        int quantity,
        long unitPriceCents) {

    public long totalCents() {
        return unitPriceCents * quantity;
    }
}
