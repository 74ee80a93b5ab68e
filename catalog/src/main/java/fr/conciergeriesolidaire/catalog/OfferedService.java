package fr.conciergeriesolidaire.catalog;

/** A service together with the partner who delivers it. */
public record OfferedService(Partner partner, Service service) {
    public boolean isOfferedAt(String counterId) {
        return partner.countersOffering(service).contains(counterId);
    }
}
