package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.templates.Html;
import fr.conciergeriesolidaire.functions.templates.ResponseShell;

/**
 * The order's HTML answers, inside the site's response shell: the confirmation (reference and what happens
 * next; no personal data, since anyone holding the link can see it) and "not found".
 */
final class OrderPages {
    static final String FORM_PATH = "/commander/";
    static final String CONFIRMATION_PATH = "/api/orders/confirmation";

    private final SiteData data;
    private final ResponseShell shell;

    OrderPages(SiteData data, ResponseShell shell) {
        this.data = data;
        this.shell = shell;
    }

    /** With the data and the site's response page packaged at build time. */
    static OrderPages packaged() {
        return new OrderPages(PackagedSiteData.data(), ResponseShell.fromClasspath());
    }

    /** The order form's failures as answers: JSON for its script, pages pointing back at its fields. */
    static ErrorAnswers errorAnswers() {
        return new ErrorAnswers(
                ResponseShell.fromClasspath(),
                new FormPage(FORM_PATH, "votre commande", OrderFields.labels(PackagedSiteData.data())));
    }

    HttpResponse confirmation(StoredOrder order) {
        Slot slot = order.request().slot();
        String counter =
                data.counter(order.request().counterId()).map(Counter::name).orElse("");
        String main = "<h1>Commande enregistrée</h1>\n"
                + "<p>Merci\u00a0! Votre commande est enregistrée sous la référence <strong>"
                + Html.escape(order.reference())
                + "</strong>. Notez-la\u00a0: elle vous sera demandée au comptoir.</p>\n"
                + "<h2>Et maintenant\u202f?</h2>\n<ul>\n"
                + "<li>Un e-mail de confirmation vous est envoyé avec le détail de la commande.</li>\n"
                + "<li>Déposez vos articles au " + Html.escape(counter) + " le "
                + Html.escape(FrenchFormat.date(slot.date()) + ", " + FrenchFormat.window(slot.from(), slot.to()))
                + ".</li>\n"
                + "<li>Vous réglez chaque partenaire à son tarif, sans commission de la conciergerie.</li>\n</ul>\n"
                + "<p><a href=\"/\">Retour à l'accueil</a></p>\n";
        return HttpResponse.html(200, shell.page("Commande " + order.reference() + " enregistrée", main));
    }

    HttpResponse notFound() {
        String main = "<h1>Commande introuvable</h1>\n"
                + "<p>Aucune commande ne correspond à cette référence. Vérifiez le lien reçu, ou "
                + "<a href=\"" + FORM_PATH + "\">passez une nouvelle commande</a>.</p>\n";
        return HttpResponse.html(404, shell.page("Commande introuvable", main));
    }
}
