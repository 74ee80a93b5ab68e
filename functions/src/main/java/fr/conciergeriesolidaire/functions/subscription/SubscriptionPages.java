package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.functions.forms.FieldLabels;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.Map;

/**
 * The sign-up's pages (templates {@code pages/subscription-*.ftlh}) in the site's layout: the confirmation
 * (reference, quote and what happens next; no personal data and not even the company's name, since anyone holding
 * the link can see it) and "not found"; and its form's refusals.
 */
final class SubscriptionPages {
    static final String FORM_PATH = "/entreprises/inscription/";
    static final String CONFIRMATION_PATH = "/api/subscriptions/confirmation";
    private static final String COMPANY_PAGE = "/entreprises/";

    private final Templates templates;

    SubscriptionPages(Templates templates) {
        this.templates = templates;
    }

    /** With the templates and wording packaged at build time. */
    static SubscriptionPages packaged() {
        return new SubscriptionPages(Templates.packaged());
    }

    /** The sign-up form's failures as answers: JSON for its script, pages pointing back at its fields. */
    static ErrorAnswers errorAnswers() {
        Templates templates = Templates.packaged();
        return new ErrorAnswers(templates, new FormPage(FORM_PATH, new FieldLabels(templates.wording(), "signup")));
    }

    HttpResponse confirmation(StoredSubscription subscription) {
        Map<String, Object> model = Map.of(
                "reference", subscription.reference(),
                "quote", QuoteSentence.of(subscription.request().quote(), templates.wording()),
                "companyPage", COMPANY_PAGE);
        return HttpResponse.html(
                200,
                templates.page(
                        templates.wording().format("signup.confirmation.title", subscription.reference()),
                        "subscription-confirmation.ftlh",
                        model));
    }

    HttpResponse notFound() {
        return HttpResponse.html(
                404,
                templates.page(
                        templates.wording().get("signup.notFound.title"),
                        "subscription-not-found.ftlh",
                        Map.of("formPath", FORM_PATH)));
    }
}
