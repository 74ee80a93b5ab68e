package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryAlert;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.outbox.Outbox;
import fr.conciergeriesolidaire.functions.outbox.StoredNotifications;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.templates.Templates;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The e-mails of a proposal (template {@code mail/proposal-reply.ftl}): each reply of the team, to the address the
 * resident gave, under the outbox key {@code reply:<n>} (the n-th answer of the proposal, from 0). The subject holds
 * no text typed by anyone.
 */
final class ProposalEmails implements StoredNotifications.Messages<StoredProposal> {
    /** How the mail service's notifications name this feature (MailTags). */
    static final String FEATURE = "proposal";

    private static final String REPLY = "reply:";

    private final Organisation organisation;
    private final Neighbourhoods neighbourhoods;
    private final Templates templates;
    private final ZoneId zone;

    ProposalEmails(Organisation organisation, Neighbourhoods neighbourhoods, Templates templates) {
        this.organisation = organisation;
        this.neighbourhoods = neighbourhoods;
        this.templates = templates;
        this.zone = ZoneId.of(organisation.site().timeZone());
    }

    /** The outbox key of the proposal's n-th answer's e-mail. */
    static String replyRecipient(int index) {
        return REPLY + index;
    }

    @Override
    public Map<String, Delivery> deliveries(StoredProposal proposal) {
        return proposal.deliveries();
    }

    @Override
    public Email message(StoredProposal proposal, String recipient) {
        if (!recipient.startsWith(REPLY)) {
            throw new IllegalStateException("Unknown recipient " + recipient);
        }
        ProposalReply reply = proposal.replies().get(Integer.parseInt(recipient.substring(REPLY.length())));
        Wording wording = templates.wording();
        Map<String, Object> model = new HashMap<>();
        model.put(
                "name",
                proposal.request().contact().flatMap(ProposalContact::name).orElse(""));
        model.put("neighbourhood", neighbourhoods.nameOf(proposal.neighbourhood()));
        model.put("submittedOn", FrenchFormat.date(LocalDate.ofInstant(proposal.submittedAt(), zone)));
        model.put("reference", proposal.reference());
        model.put("status", wording.get(reply.status().wordingKey() + ".mail"));
        model.put("paragraphs", Paragraphs.of(reply.text().orElse("")));
        model.put("organisationName", organisation.name());
        model.put("organisationPhone", organisation.contact().phone());
        return Email.of(List.of(proposal.email().orElseThrow()), templates.mail("proposal-reply.ftl", model))
                .about(FEATURE, proposal.reference(), recipient);
    }

    @Override
    public Email alert(StoredProposal proposal, String failedRecipient, int attempts) {
        Wording wording = templates.wording();
        return DeliveryAlert.email(
                        templates,
                        organisation.team().email(),
                        wording.format("mail.alert.proposal", proposal.reference()),
                        wording.get("mail.alert.proposalReply"),
                        attempts)
                .about(FEATURE, proposal.reference(), Outbox.ALERT);
    }
}
