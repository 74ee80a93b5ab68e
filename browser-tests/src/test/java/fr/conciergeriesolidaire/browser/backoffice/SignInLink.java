package fr.conciergeriesolidaire.browser.backoffice;

import fr.conciergeriesolidaire.browser.RunningSite;
import fr.conciergeriesolidaire.emulators.SentMail;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sign-in link of the e-mail a member got, as it arrives in the mail store (the runner's /_local/mails). */
final class SignInLink {
    private static final Pattern LINK =
            Pattern.compile("(http://[^\\s)\"]+/api/backoffice/connexion/lien\\?jeton=[A-Za-z0-9_-]{43})");

    private SignInLink() {}

    /** The link's path and query on the site, from the next e-mail to that address. */
    static String next(RunningSite site, String address, int mailsBefore) {
        SentMail mail = site.nextMailTo(address, mailsBefore);
        Matcher matcher = LINK.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("No sign-in link in: " + mail.text());
        }
        URI link = URI.create(matcher.group(1));
        return link.getRawPath() + "?" + link.getRawQuery();
    }
}
