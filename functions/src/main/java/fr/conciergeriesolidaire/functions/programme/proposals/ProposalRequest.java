package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.forms.Json;
import java.util.List;
import java.util.Optional;

/**
 * A valid proposal, before it is stored: built only by {@link ProposalValidator}.
 *
 * @param neighbourhood the neighbourhood's id (site/data/counters.yaml), from the page the form is on
 * @param idea what the resident would like, several lines of plain text
 * @param when when it would suit them, in their words
 * @param contact empty when they gave none (the idea is then anonymous)
 * @param clientKey the page script's idempotency key, if any
 */
public record ProposalRequest(
        String neighbourhood,
        String idea,
        Optional<String> when,
        Optional<HelpOffer> help,
        Optional<ProposalContact> contact,
        Optional<String> clientKey) {

    /** The content, written the same way for two equal submissions (their idempotency key without a script). */
    public String canonical() {
        return Json.write(List.of(
                neighbourhood,
                idea,
                when.orElse(""),
                help.map(HelpOffer::formValue).orElse(""),
                contact.flatMap(ProposalContact::name).orElse(""),
                contact.flatMap(ProposalContact::email).orElse(""),
                contact.flatMap(ProposalContact::phone).orElse("")));
    }
}
