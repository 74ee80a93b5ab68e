package fr.conciergeriesolidaire.functions.registration;

import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.forms.EmailAddresses;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.records.References;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The keys of a registration, all keyed hashes under {@code HASH_SECRET}: the person's key for an event (the same
 * address typed in any case gives the same), the references derived from it (so that registering again finds the
 * registration, and concurrent copies of one submission meet on one item), the address's key for "Mes données", and
 * the cancellation link's secret, derived from the reference so that every e-mail of the registration can carry it,
 * though only its keyed hash is stored.
 */
final class RegistrationKeys {
    /** How many registrations one person may make for one event (each cancelled one uses a reference up). */
    static final int CANDIDATES = 8;

    private static final String PERSON = "registration-person";
    private static final String CANCEL_LINK = "registration-cancel-link";

    private final KeyedHash hash;
    private final EmailKeys emailKeys;
    private final SecretTokens tokens;

    RegistrationKeys(KeyedHash hash) {
        this.hash = hash;
        this.emailKeys = new EmailKeys(hash);
        this.tokens = new SecretTokens(hash);
    }

    /** The person's key for the event, from the address as typed (validated: it is one we send to). */
    String personKey(String event, String email) {
        String address =
                EmailAddresses.canonical(email).orElseThrow(() -> new IllegalArgumentException("Not a valid address"));
        return hash.hex(PERSON, event + "\n" + address);
    }

    /** The references a registration of that person for that event may take, in order. */
    List<String> references(String personKey) {
        List<String> references = new ArrayList<>();
        for (int attempt = 0; attempt < CANDIDATES; attempt++) {
            references.add(References.candidate(personKey, attempt));
        }
        return references;
    }

    /** Those references, each with what it would store of its cancellation link's secret. */
    List<NewRegistration.Candidate> candidates(String personKey) {
        return references(personKey).stream()
                .map(reference -> new NewRegistration.Candidate(reference, cancelKey(reference)))
                .toList();
    }

    String emailHash(String email) {
        return emailKeys.of(email).orElseThrow(() -> new IllegalArgumentException("Not a valid address"));
    }

    /** The secret of the registration's cancellation link (256 bits, base64url): never stored. */
    String cancelToken(String reference) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash.bytes(CANCEL_LINK, reference));
    }

    /** What the registration stores of its link's secret. */
    String cancelKey(String reference) {
        return tokens.hashOf(cancelToken(reference)).orElseThrow();
    }

    /** Whether a presented secret is the registration's; a malformed one costs no hash. */
    boolean opens(Registration registration, String presented) {
        return tokens.hashOf(presented)
                .map(key -> MessageDigest.isEqual(
                        key.getBytes(StandardCharsets.US_ASCII),
                        registration.cancelKey().getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }
}
