package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.forms.ContactDetails;
import java.util.Optional;

/** The customer: how to reach them, and where to find them at the counter's building if they said. */
public record Customer(ContactDetails contact, Optional<String> building) {}
