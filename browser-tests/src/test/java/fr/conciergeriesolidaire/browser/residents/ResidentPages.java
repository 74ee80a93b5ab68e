package fr.conciergeriesolidaire.browser.residents;

import fr.conciergeriesolidaire.browser.Browser;
import fr.conciergeriesolidaire.emulators.SentMail;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Where a resident's pages are, and the links their e-mails carry. */
final class ResidentPages {
    static final String FOLLOW_UP = "/api/orders/follow-up";
    static final String MY_DATA_FORM = "/mes-donnees/";
    static final String MY_DATA_REQUESTED = "/api/mes-donnees/demande";
    static final String MY_DATA_ERASED = "/api/mes-donnees/effacees";
    private static final Pattern MY_DATA_LINK =
            Pattern.compile("https?://[^\\s)]+(/api/mes-donnees\\?jeton=[A-Za-z0-9_-]{43})");

    private ResidentPages() {}

    /** The path of the "Mes données" link an e-mail carries. */
    static String myDataLink(SentMail mail) {
        Matcher link = MY_DATA_LINK.matcher(mail.text());
        if (!link.find()) {
            throw new AssertionError("No Mes données link in: " + mail.text());
        }
        return link.group(1);
    }

    /** The path and query of a link in full. */
    static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static void awaitLocation(Browser browser, String prefix) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .withMessage(() -> "still at " + browser.location() + ", expected " + prefix)
                .until(ignored -> browser.location().startsWith(prefix));
    }

    static String heading(Browser browser) {
        return browser.find(By.tagName("h1")).getText();
    }

    static String main(Browser browser) {
        return browser.find(By.tagName("main")).getText();
    }
}
