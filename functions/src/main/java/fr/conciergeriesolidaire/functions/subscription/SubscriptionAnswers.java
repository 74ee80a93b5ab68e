package fr.conciergeriesolidaire.functions.subscription;

import fr.conciergeriesolidaire.catalog.CompanyQuote;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.http.ResponseFormat;
import fr.conciergeriesolidaire.functions.http.SubmissionAnswers;
import java.util.LinkedHashMap;
import java.util.Map;

/** The success answer of a sign-up (see {@link SubmissionAnswers}): in JSON, the quote the server computed. */
final class SubscriptionAnswers {
    private SubscriptionAnswers() {}

    static HttpResponse placed(SubscriptionStore.Placement placement, ResponseFormat format) {
        StoredSubscription subscription = placement.subscription();
        CompanyQuote quote = subscription.request().quote();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("employees", quote.employees());
        json.put("monthlyCents", quote.monthlyCents());
        json.put("minimumApplied", quote.minimumApplied());
        json.put("commitmentMonths", quote.commitmentMonths());
        json.put("commitmentTotalCents", quote.commitmentTotalCents());
        return SubmissionAnswers.accepted(
                format,
                SubscriptionPages.CONFIRMATION_PATH,
                subscription.reference(),
                Map.of("quote", json),
                placement.created());
    }
}
