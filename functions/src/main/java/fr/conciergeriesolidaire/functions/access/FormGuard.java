package fr.conciergeriesolidaire.functions.access;

import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.SiteOrigin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * What every state-changing back-office request must show before anything is read or changed: that a page of the
 * site sent it. Its {@code Origin} header must be the site's ({@link SiteOrigin}), and, once signed in, the form must
 * carry the session's CSRF token in the hidden field {@value #FIELD}. The session cookie is also {@code
 * SameSite=Strict}: three locks, each enough against a page of another site.
 */
public final class FormGuard {
    /** The hidden field of every back-office form that changes something. */
    public static final String FIELD = "csrf";

    /** Fetch Metadata: whether the browser sent the request from a page of the same site. */
    public static final String FETCH_SITE = "sec-fetch-site";

    /** What browsers send as the Origin of a form on a page that says {@code Referrer-Policy: no-referrer}. */
    private static final String OPAQUE_ORIGIN = "null";

    private final SiteOrigin origins;

    public FormGuard(SiteOrigin origins) {
        this.origins = origins;
    }

    /**
     * For the forms of a signed-in member.
     *
     * @throws ForgedRequestException for a missing or foreign Origin, or a missing or wrong token
     */
    public void check(HttpRequest request, SubmittedFields fields, SignedInMember member) {
        checkOrigin(request);
        Optional<String> token = fields.text(FIELD, new FieldErrors());
        if (token.isEmpty() || !sameText(token.get(), member.csrfToken())) {
            throw new ForgedRequestException();
        }
    }

    /**
     * For the forms sent before any session exists (asking for a sign-in link, opening the session): the Origin only.
     *
     * @throws ForgedRequestException for a missing or foreign Origin
     */
    public void checkOrigin(HttpRequest request) {
        Optional<String> expected = origins.of(request);
        Optional<String> origin = request.header("origin");
        if (expected.isEmpty() || origin.isEmpty() || !sameText(origin.get(), expected.get())) {
            throw new ForgedRequestException();
        }
    }

    /**
     * For the forms of a page opened by a secret link (an order's follow-up, "Mes données"). Such a page says {@code
     * Referrer-Policy: no-referrer}, so browsers send its forms with {@code Origin: null}: the Origin is checked
     * whenever it names a site, Fetch Metadata ({@code Sec-Fetch-Site}, sent by current browsers whatever the policy)
     * must say the form came from the site itself, and the link's key, which no other site knows, must be in the body
     * (the caller checks it). Nothing rides along with a request another site makes: there is no cookie to carry.
     *
     * @throws ForgedRequestException for a foreign Origin, or a form another site (or none) sent
     */
    public void checkSecretLinkForm(HttpRequest request) {
        Optional<String> origin = request.header("origin");
        if (origin.isPresent() && !origin.get().equals(OPAQUE_ORIGIN)) {
            checkOrigin(request);
        }
        Optional<String> site = request.header(FETCH_SITE);
        if (site.isPresent() && !site.get().equals("same-origin")) {
            throw new ForgedRequestException();
        }
        if (origin.isEmpty() && site.isEmpty()) {
            // A browser sends one or the other with a form; a request with neither was not sent by a page.
            throw new ForgedRequestException();
        }
    }

    /** The site's origin as this request addressed it (links sent by e-mail point there). */
    public Optional<String> siteOrigin(HttpRequest request) {
        return origins.of(request);
    }

    /** Constant time: a comparison must not tell how much of a guess was right. */
    private static boolean sameText(String sent, String expected) {
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
