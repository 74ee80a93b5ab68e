package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.http.ErrorAnswers;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.util.Optional;

/** What tests of the shared packages may use of the proposals feature. */
public final class ProposalTestAccess {
    private ProposalTestAccess() {}

    /** The refusals of the form of that neighbourhood's page. */
    public static ErrorAnswers errorAnswers(String neighbourhood) {
        return new ProposalPages(Templates.packaged(), new Neighbourhoods(PackagedSiteData.data()))
                .errorAnswers(Optional.of(neighbourhood));
    }
}
