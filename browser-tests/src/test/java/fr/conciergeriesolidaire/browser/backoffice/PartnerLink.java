package fr.conciergeriesolidaire.browser.backoffice;

import fr.conciergeriesolidaire.emulators.SentMail;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A partner's private link, as its e-mail about an order carries it (the runner's address, SITE_URL). */
final class PartnerLink {
    private static final Pattern LINK = Pattern.compile("(http://[^\\s)\"]+/api/partenaire/[A-Za-z0-9_-]{43})");

    private PartnerLink() {}

    /** The link's path on the site. */
    static String in(SentMail mail) {
        Matcher matcher = LINK.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("No partner's link in: " + mail.text());
        }
        return URI.create(matcher.group(1)).getRawPath();
    }
}
