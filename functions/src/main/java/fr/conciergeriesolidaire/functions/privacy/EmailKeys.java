package fr.conciergeriesolidaire.functions.privacy;

import fr.conciergeriesolidaire.functions.forms.EmailAddresses;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import java.util.Optional;

/**
 * How every record holding a person's e-mail address is found again ("Mes données", erasure) without a scan and
 * without the address in any key: each such record stores the keyed hash of the canonical address in its attribute
 * {@value #ATTRIBUTE}, which its table indexes as {@value #INDEX}. The same address typed in upper case, with spaces
 * around or in another Unicode form gives the same key.
 */
public final class EmailKeys {
    public static final String ATTRIBUTE = "emailHash";
    public static final String INDEX = "by-email";
    private static final String PURPOSE = "person-email";

    private final KeyedHash hash;

    public EmailKeys(KeyedHash hash) {
        this.hash = hash;
    }

    /** The key of an address as typed, or empty when it is not an address we would send to. */
    public Optional<String> of(String typed) {
        return EmailAddresses.canonical(typed).map(address -> hash.hex(PURPOSE, address));
    }
}
