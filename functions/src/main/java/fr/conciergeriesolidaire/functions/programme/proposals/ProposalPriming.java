package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.forms.CommonFields;
import fr.conciergeriesolidaire.functions.forms.SpamGuard;
import fr.conciergeriesolidaire.functions.snapstart.PrimingSubmission;
import java.util.HashMap;
import java.util.Map;

/**
 * The proposal form filled in as a resident would, with an address but without the consent that an address needs, to
 * prime the function: see PrimingSubmission.
 */
final class ProposalPriming {
    private ProposalPriming() {}

    static PrimingSubmission submission() {
        Map<String, String> fields = new HashMap<>(Map.of(
                ProposalFields.NEIGHBOURHOOD,
                        PackagedSiteData.data().neighbourhoods().get(0).id(),
                ProposalFields.IDEA, "Un atelier de réparation de vélos, un samedi matin.",
                ProposalFields.WHEN, "Au printemps",
                ProposalFields.HELP, HelpOffer.MAYBE.formValue(),
                ProposalFields.NAME, "Camille",
                ProposalFields.EMAIL, "priming@example.invalid",
                SpamGuard.HONEYPOT, ""));
        Map<String, Object> json = new HashMap<>(fields);
        json.put(CommonFields.IDEMPOTENCY_KEY, "snapstart-priming-proposal");
        return new PrimingSubmission(json, fields);
    }
}
