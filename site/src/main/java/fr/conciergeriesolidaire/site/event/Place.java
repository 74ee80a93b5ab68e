package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.catalog.Address;

/** Where an event takes place: by default, its neighbourhood's counter. */
public record Place(String name, Address address) {}
