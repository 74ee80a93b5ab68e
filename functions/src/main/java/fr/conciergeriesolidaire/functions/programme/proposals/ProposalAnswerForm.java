package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.functions.forms.FormReader;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.Texts;
import java.util.Optional;

/** The team's answer form of a proposal, read: a status, an optional reply, the version the member answered. */
final class ProposalAnswerForm {
    /** What the member asked for. */
    record Draft(ProposalStatus status, Optional<String> reply, long seenVersion) {}

    private ProposalAnswerForm() {}

    /** @throws fr.conciergeriesolidaire.functions.forms.InvalidInputException for a wrong field */
    static Draft read(SubmittedFields fields) {
        FormReader form = new FormReader(fields);
        Optional<ProposalStatus> status = form.required(ProposalFields.STATUS).flatMap(typed -> {
            Optional<ProposalStatus> known = ProposalStatus.parse(typed.strip());
            if (known.isEmpty()) {
                form.errors().add(ProposalFields.STATUS, "proposalAnswer.status.unknown");
            }
            return known;
        });
        Optional<String> reply =
                form.optional(ProposalFields.REPLY, typed -> Texts.multiLine(typed, ProposalFields.REPLY_MAX_LENGTH));
        long version = fields.number(ProposalFields.VERSION, form.errors())
                .filter(number -> number > 0)
                .orElse(0L);
        if (version == 0 && !form.errors().has(ProposalFields.VERSION)) {
            form.errors().add(ProposalFields.VERSION, "programme.version.invalid");
        }
        form.errors().throwIfAny();
        return new Draft(status.orElseThrow(), reply, version);
    }
}
