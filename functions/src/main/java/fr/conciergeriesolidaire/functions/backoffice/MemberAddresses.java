package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.forms.EmailAddresses;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import java.util.Optional;

/**
 * A member's address as the team types it and as the table finds it: trimmed, NFC, lower case (one mailbox, one
 * member, whatever the case typed), and known by its keyed hash so that no address is ever a key in clear.
 */
public final class MemberAddresses {
    private static final String PURPOSE = "member-email";

    private final KeyedHash hash;

    public MemberAddresses(KeyedHash hash) {
        this.hash = hash;
    }

    /** The address as stored, or empty if it is not one we can send to. */
    public static Optional<String> normalise(String typed) {
        return EmailAddresses.canonical(typed);
    }

    /** The keyed hash of a normalised address. */
    public String hash(String normalised) {
        return hash.hex(PURPOSE, normalised);
    }
}
