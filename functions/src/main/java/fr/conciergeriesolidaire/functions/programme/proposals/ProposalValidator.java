package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.functions.forms.Checked;
import fr.conciergeriesolidaire.functions.forms.EmailAddresses;
import fr.conciergeriesolidaire.functions.forms.FormReader;
import fr.conciergeriesolidaire.functions.forms.FrenchPhoneNumbers;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.forms.Texts;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a resident's proposal at the edge, every field at once: a neighbourhood of the data, an idea in plain text
 * (no markup: the team may turn it into an event's Markdown), optional words on when and on helping, and an optional
 * contact whose parts each follow the rules every form shares. Consent is asked only when a contact is given: an
 * anonymous idea holds nobody's data.
 */
final class ProposalValidator {
    private static final Pattern HAS_LETTER = Pattern.compile("(?s).*\\p{L}.*");

    private final List<String> neighbourhoods;

    ProposalValidator(SiteData data) {
        this.neighbourhoods =
                data.neighbourhoods().stream().map(Neighbourhood::id).toList();
    }

    ProposalRequest validate(SubmittedFields fields) {
        FormReader form = new FormReader(fields);
        Optional<String> neighbourhood = form.required(ProposalFields.NEIGHBOURHOOD)
                .filter(id -> {
                    boolean known = neighbourhoods.contains(id);
                    if (!known) {
                        form.errors().add(ProposalFields.NEIGHBOURHOOD, "proposal.neighbourhood.unknown");
                    }
                    return known;
                });
        Optional<String> idea = form.required(
                ProposalFields.IDEA, plain(typed -> Texts.multiLine(typed, ProposalFields.IDEA_MAX_LENGTH)));
        Optional<String> when = form.optional(
                ProposalFields.WHEN, plain(typed -> Texts.singleLine(typed, ProposalFields.WHEN_MAX_LENGTH)));
        Optional<HelpOffer> help = form.text(ProposalFields.HELP).flatMap(value -> {
            Optional<HelpOffer> offer = HelpOffer.fromForm(value.strip());
            if (offer.isEmpty()) {
                form.errors().add(ProposalFields.HELP, "proposal.help.unknown");
            }
            return offer;
        });
        Optional<String> name =
                form.optional(ProposalFields.NAME, typed -> Texts.name(typed, FormReader.NAME_MAX_LENGTH));
        Optional<String> email = form.optional(
                ProposalFields.EMAIL, typed -> checked(EmailAddresses.normalise(typed), "form.email.invalid"));
        Optional<String> phone = form.optional(
                ProposalFields.PHONE, typed -> checked(FrenchPhoneNumbers.toE164(typed), "form.phone.invalid"));
        ProposalContact contact = new ProposalContact(name, email, phone);
        boolean contactTyped = !contact.isEmpty()
                || form.errors().has(ProposalFields.NAME)
                || form.errors().has(ProposalFields.EMAIL)
                || form.errors().has(ProposalFields.PHONE);
        if (contactTyped) {
            form.consent("proposal.consent.missing");
        }
        Optional<String> clientKey = form.clientKey();
        form.errors().throwIfAny();
        return new ProposalRequest(
                neighbourhood.orElseThrow(),
                idea.orElseThrow(),
                when,
                help,
                contact.isEmpty() ? Optional.empty() : Optional.of(contact),
                clientKey);
    }

    /** Plain text with at least a letter, without angle brackets: never markup, which only the site writes. */
    private static Function<String, Checked> plain(Function<String, Checked> rule) {
        return typed -> {
            Checked text = rule.apply(typed);
            if (text.error().isPresent()) {
                return text;
            }
            if (text.value().indexOf('<') >= 0 || text.value().indexOf('>') >= 0) {
                return Checked.error("error.noAngleBrackets");
            }
            return HAS_LETTER.matcher(text.value()).matches() ? text : Checked.error("error.needsLetters");
        };
    }

    private static Checked checked(Optional<String> normalised, String messageKey) {
        return normalised.map(Checked::value).orElseGet(() -> Checked.error(messageKey));
    }
}
