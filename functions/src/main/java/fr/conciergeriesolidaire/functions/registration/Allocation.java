package fr.conciergeriesolidaire.functions.registration;

import java.util.List;
import java.util.Optional;

/**
 * What deciding a registration's places left: the registration as it now is, its place on the waiting list if it
 * waits, and the others confirmed from the waiting list on the way (whose e-mails to send).
 */
record Allocation(Registration registration, Optional<Integer> position, List<String> promoted) {
    Allocation {
        promoted = List.copyOf(promoted);
    }
}
