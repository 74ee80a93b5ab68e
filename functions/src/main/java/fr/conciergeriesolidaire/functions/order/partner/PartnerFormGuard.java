package fr.conciergeriesolidaire.functions.order.partner;

import fr.conciergeriesolidaire.functions.access.ForgedRequestException;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.SecretTokens;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.KeyedHash;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What a partner's answer must show before anything is read or changed (there is no session here): its hidden token
 * is the one the page gave, bound to the link (the keyed hash of the link's stored key, so computed again without a
 * read, and worth nothing for another link), which a page of another site cannot know without the link itself; and
 * its {@code Origin} is the site's, or {@code null}. The partner's page says {@code Referrer-Policy: no-referrer} (its
 * address is its key), and browsers then send {@code Origin: null} with its own forms: so for these forms the token,
 * not the Origin, is what tells the page's posts from another site's. A foreign Origin or a cross-site Fetch Metadata
 * is still refused, as for every form of a page opened by a secret link ({@link FormGuard#checkSecretLinkForm}).
 */
final class PartnerFormGuard {
    private static final String PURPOSE = "partner-form";

    private final FormGuard guard;
    private final SecretTokens secrets;
    private final KeyedHash hash;

    PartnerFormGuard(FormGuard guard, SecretTokens secrets, KeyedHash hash) {
        this.guard = guard;
        this.secrets = secrets;
        this.hash = hash;
    }

    /** The token of the forms of the page of that link (by its stored key). */
    String tokenOf(String linkHash) {
        return hash.hex(PURPOSE, linkHash);
    }

    /**
     * The answer's fields, once its Origin and its token are right.
     *
     * @throws ForgedRequestException for a foreign Origin, a cross-site form, a missing or wrong token (403)
     * @throws NoSuchRecordException for a link that cannot be one (404)
     */
    SubmittedFields fields(HttpRequest request, String link) {
        guard.checkSecretLinkForm(request);
        String linkHash = secrets.hashOf(link).orElseThrow(NoSuchRecordException::new);
        SubmittedFields fields = RequestBody.fields(request);
        String sent = fields.text(PartnerFields.CSRF, new FieldErrors()).orElseThrow(ForgedRequestException::new);
        byte[] expected = tokenOf(linkHash).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected)) {
            throw new ForgedRequestException();
        }
        return fields;
    }
}
