package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.templates.Html;
import fr.conciergeriesolidaire.functions.templates.ResponseShell;

/**
 * The sign-up's HTML answers, inside the site's response shell: the confirmation (reference, quote and what
 * happens next; no personal data and not even the company's name, since anyone holding the link can see it) and
 * "not found".
 */
final class SubscriptionPages {
    static final String FORM_PATH = "/entreprises/inscription/";
    static final String CONFIRMATION_PATH = "/api/subscriptions/confirmation";
    private static final String COMPANY_PAGE = "/entreprises/";

    private final ResponseShell shell;

    SubscriptionPages(ResponseShell shell) {
        this.shell = shell;
    }

    /** With the site's response page packaged at build time. */
    static SubscriptionPages packaged() {
        return new SubscriptionPages(ResponseShell.fromClasspath());
    }

    /** The sign-up form's failures as answers: JSON for its script, pages pointing back at its fields. */
    static ErrorAnswers errorAnswers() {
        return new ErrorAnswers(
                ResponseShell.fromClasspath(),
                new FormPage(FORM_PATH, "votre demande d'adhésion", SubscriptionFields.labels()));
    }

    HttpResponse confirmation(StoredSubscription subscription) {
        String main = "<h1>Demande d'adhésion enregistrée</h1>\n"
                + "<p>Merci\u00a0! Votre demande est enregistrée sous la référence <strong>"
                + Html.escape(subscription.reference())
                + "</strong>. Notez-la\u00a0: rappelez-la dans nos échanges.</p>\n"
                + "<h2>Estimation de l'abonnement</h2>\n<p>"
                + Html.escape(SubscriptionWording.quote(subscription.request().quote()))
                + "</p>\n<h2>Et maintenant\u202f?</h2>\n<ul>\n"
                + "<li>Un e-mail de confirmation est envoyé à la personne à contacter.</li>\n"
                + "<li>Notre équipe appelle la personne à contacter dans les prochains jours pour fixer les jours et"
                + " horaires de présence du concierge.</li>\n"
                + "<li>Rien n'est engagé avant la signature de la convention.</li>\n</ul>\n"
                + "<p><a href=\"" + COMPANY_PAGE + "\">Retour à la page Entreprises</a></p>\n";
        return HttpResponse.html(
                200, shell.page("Demande d'adhésion " + subscription.reference() + " enregistrée", main));
    }

    HttpResponse notFound() {
        String main = "<h1>Demande introuvable</h1>\n"
                + "<p>Aucune demande d'adhésion ne correspond à cette référence. Vérifiez le lien reçu, ou "
                + "<a href=\"" + FORM_PATH + "\">faites une nouvelle demande</a>.</p>\n";
        return HttpResponse.html(404, shell.page("Demande introuvable", main));
    }
}
