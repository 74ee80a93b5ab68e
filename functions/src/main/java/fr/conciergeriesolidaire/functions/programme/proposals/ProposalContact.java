package fr.conciergeriesolidaire.functions.programme.proposals;

import java.util.Optional;

/**
 * How the team may answer a resident, all optional: a name to greet them, an address for the reply by e-mail, a phone.
 *
 * @param email the canonical address, when given
 * @param phone E.164, when given
 */
public record ProposalContact(Optional<String> name, Optional<String> email, Optional<String> phone) {
    public boolean isEmpty() {
        return name.isEmpty() && email.isEmpty() && phone.isEmpty();
    }
}
