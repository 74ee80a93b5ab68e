package fr.conciergeriesolidaire.local.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import fr.conciergeriesolidaire.emulators.MailEmulator;
import fr.conciergeriesolidaire.emulators.SentMail;
import fr.conciergeriesolidaire.functions.templates.Html;
import fr.conciergeriesolidaire.local.http.Responder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code /_local/mails}: the e-mails the functions sent through the SES emulator, newest first, as text (an e-mail's
 * HTML is not rendered here). Local only: nothing like it is deployed.
 */
public final class MailsPage implements HttpHandler {
    public static final String PATH = "/_local/mails";

    private final MailEmulator mail;
    private final Responder responder;

    public MailsPage(MailEmulator mail, Responder responder) {
        this.mail = mail;
        this.responder = responder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getRawPath().equals(PATH)) {
            responder.sendText(exchange, 404, "text/plain; charset=utf-8", "Page introuvable.\n");
            return;
        }
        List<SentMail> mails;
        try {
            mails = new ArrayList<>(mail.sentMails());
        } catch (RuntimeException unreachable) {
            responder.sendText(
                    exchange,
                    503,
                    "text/html; charset=utf-8",
                    page("<p>Le service de courriel ("
                            + Html.escape(mail.endpoint().toString()) + ") ne répond pas.</p>"));
            return;
        }
        Collections.reverse(mails);
        StringBuilder main = new StringBuilder();
        main.append("<p>")
                .append(mails.size())
                .append(mails.size() > 1 ? " courriels envoyés" : " courriel envoyé")
                .append(" par les fonctions, du plus récent au plus ancien (service de courriel : ")
                .append(Html.escape(mail.endpoint().toString()))
                .append(").</p>\n");
        for (SentMail sent : mails) {
            main.append("<article>\n<h2>").append(Html.escape(sent.subject())).append("</h2>\n<dl>\n");
            definition(main, "De", sent.from());
            definition(main, "À", String.join(", ", sent.to()));
            if (!sent.replyTo().isEmpty()) {
                definition(main, "Répondre à", String.join(", ", sent.replyTo()));
            }
            main.append("</dl>\n<pre>")
                    .append(Html.escape(sent.text() == null ? "(pas de version texte)" : sent.text()))
                    .append("</pre>\n</article>\n");
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        responder.sendText(exchange, 200, "text/html; charset=utf-8", page(main.toString()));
    }

    private static void definition(StringBuilder html, String term, String value) {
        html.append("<dt>")
                .append(term)
                .append("</dt><dd>")
                .append(Html.escape(value))
                .append("</dd>\n");
    }

    private static String page(String main) {
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>Courriels envoyés (exécution locale)</title>
                <link rel="stylesheet" href="/styles/site.css">
                </head>
                <body>
                <main id="contenu">
                <h1>Courriels envoyés (exécution locale)</h1>
                """ + main + """
                <p><a href="/">Retour au site</a></p>
                </main>
                </body>
                </html>
                """;
    }
}
