package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.forms.FieldLabels;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.http.FormPage;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.Map;
import java.util.Optional;

/**
 * The resident's pages of a proposal (templates {@code pages/proposal-*.ftlh}) in the site's layout: the confirmation
 * (reference and neighbourhood, what happens next: nothing they typed, since anyone holding the link can see it) and
 * "not found"; and the form's refusals, pointing back at the form of the neighbourhood's page.
 */
final class ProposalPages {
    static final String CONFIRMATION_PATH = "/api/propositions/confirmation";
    /** Where the site's neighbourhood pages are (content/quartiers/<id>/), each with its proposal form. */
    private static final String NEIGHBOURHOODS_PATH = "/quartiers/";

    private final Templates templates;
    private final Neighbourhoods neighbourhoods;

    ProposalPages(Templates templates, Neighbourhoods neighbourhoods) {
        this.templates = templates;
        this.neighbourhoods = neighbourhoods;
    }

    /** The page holding the form of that neighbourhood, or the list of neighbourhoods when it is not one. */
    static String formPath(Optional<String> neighbourhood) {
        return neighbourhood.map(id -> NEIGHBOURHOODS_PATH + id + "/").orElse(NEIGHBOURHOODS_PATH);
    }

    /** The form's failures as answers: JSON for its script, pages pointing back at the fields of that page's form. */
    ErrorAnswers errorAnswers(Optional<String> neighbourhood) {
        return new ErrorAnswers(
                templates,
                new FormPage(formPath(neighbourhood), new FieldLabels(templates.wording(), ProposalFields.LABELS)));
    }

    HttpResponse confirmation(StoredProposal proposal) {
        Map<String, Object> model = Map.of(
                "reference", proposal.reference(),
                "neighbourhood", neighbourhoods.nameOf(proposal.neighbourhood()),
                "neighbourhoodPage", formPath(Optional.of(proposal.neighbourhood())),
                "answered", proposal.email().isPresent());
        return HttpResponse.html(
                200,
                templates.page(
                        templates.wording().format("proposal.confirmation.title", proposal.reference()),
                        "proposal-confirmation.ftlh",
                        model));
    }

    HttpResponse notFound() {
        return HttpResponse.html(
                404,
                templates.page(
                        templates.wording().get("proposal.notFound.title"),
                        "proposal-not-found.ftlh",
                        Map.of("neighbourhoodsPage", NEIGHBOURHOODS_PATH)));
    }
}
