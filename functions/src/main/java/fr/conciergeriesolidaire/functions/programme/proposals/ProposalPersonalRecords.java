package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.privacy.ErasedRecord;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecord.Field;
import fr.conciergeriesolidaire.functions.privacy.PersonalRecords;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Residents' ideas of animations as their author sees them on "Mes données": found by the key of the address they
 * gave (an idea left without an address is anonymous, and no link can reach it), shown and downloaded whole (the idea,
 * the neighbourhood, the contact given, where it stands and the team's replies, without the members' names), erased by
 * deleting the item.
 *
 * <p>Why the whole item, rather than a remnant without the personal attributes that would keep the neighbourhood's
 * count of ideas ({@code programme.proposals.ResidentIdeaCounts}, a counting query on the {@code by-neighbourhood}
 * index) as it was: the idea itself is personal data ({@link ProposalItemMapper#PERSONAL_ATTRIBUTES}), and an item
 * without it would be a proposal the team's list, answer and event screens cannot show. The count's query is not
 * broken by a missing item: it counts one idea fewer from the next publish on, as when an idea expires. Its replies'
 * e-mails still to send live in the item's outbox and go with it. An event the team made of the idea is the team's
 * text and stays.
 */
final class ProposalPersonalRecords implements PersonalRecords {
    static final String KIND = "proposal";

    private final ProposalStore store;
    private final EmailKeys emailKeys;
    private final Neighbourhoods neighbourhoods;
    private final Wording wording;
    private final ZoneId zone;
    private final Function<Instant, Instant> expiry;
    private final Period retention;

    /** @param expiry when a proposal sent at an instant expires (policies.yaml, retention.proposals) */
    ProposalPersonalRecords(
            ProposalStore store,
            EmailKeys emailKeys,
            Neighbourhoods neighbourhoods,
            Wording wording,
            ZoneId zone,
            Function<Instant, Instant> expiry,
            Period retention) {
        this.store = store;
        this.emailKeys = emailKeys;
        this.neighbourhoods = neighbourhoods;
        this.wording = wording;
        this.zone = zone;
        this.expiry = expiry;
        this.retention = retention;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<PersonalRecord> holding(String emailHash) {
        return store.holding(emailHash).stream()
                .filter(proposal -> holds(proposal, emailHash))
                .map(this::record)
                .toList();
    }

    @Override
    public Optional<ErasedRecord> erase(String reference, String emailHash) {
        // Nothing to end first: an idea not answered yet is only withdrawn, and nobody but the team knew of it.
        return store.find(reference)
                .filter(proposal -> holds(proposal, emailHash))
                .filter(proposal -> store.delete(reference, emailHash))
                .map(proposal ->
                        new ErasedRecord(KIND, reference, proposal.email().orElseThrow(), false));
    }

    private boolean holds(StoredProposal proposal, String emailHash) {
        return proposal.email().flatMap(emailKeys::of).filter(emailHash::equals).isPresent();
    }

    private PersonalRecord record(StoredProposal proposal) {
        ProposalRequest request = proposal.request();
        Optional<ProposalContact> contact = request.contact();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(
                wording.get("mydata.proposal.status"),
                wording.get(proposal.status().wordingKey())));
        fields.add(new Field(wording.get("proposal.neighbourhood"), neighbourhoods.nameOf(proposal.neighbourhood())));
        fields.add(new Field(wording.get("mydata.proposal.idea"), request.idea()));
        request.when().ifPresent(when -> fields.add(new Field(wording.get("mydata.proposal.when"), when)));
        request.help()
                .ifPresent(help ->
                        fields.add(new Field(wording.get("mydata.proposal.help"), wording.get(help.wordingKey()))));
        contact.flatMap(ProposalContact::name)
                .ifPresent(name -> fields.add(new Field(wording.get("mydata.proposal.name"), name)));
        contact.flatMap(ProposalContact::phone)
                .ifPresent(phone -> fields.add(new Field(wording.get("form.phone"), phone)));
        proposal.email().ifPresent(email -> fields.add(new Field(wording.get("form.email"), email)));
        if (!proposal.replies().isEmpty()) {
            fields.add(new Field(
                    wording.get("mydata.proposal.replies"),
                    String.join(
                            "\n",
                            proposal.replies().stream().map(this::replyLine).toList())));
        }
        return new PersonalRecord(
                KIND,
                proposal.reference(),
                proposal.submittedAt(),
                expiry.apply(proposal.submittedAt()),
                wording.format("mydata.retention.proposal", FrenchFormat.period(retention)),
                proposal.email().orElseThrow(),
                proposal.status().awaitsTheTeam(),
                fields,
                data(proposal));
    }

    /** "lundi 2 mars 2026 à 10 h 05 : À l'étude. Le texte de la réponse" (the member who answered is not theirs). */
    private String replyLine(ProposalReply reply) {
        String status = wording.get(reply.status().wordingKey());
        return FrenchFormat.moment(reply.at(), zone) + "\u00a0: " + status
                + reply.text().map(text -> ". " + text).orElse("");
    }

    /** The proposal for a program to read: names in English, instants in ISO-8601. */
    private static Map<String, Object> data(StoredProposal proposal) {
        ProposalRequest request = proposal.request();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", proposal.status().name());
        data.put("neighbourhood", proposal.neighbourhood());
        data.put("idea", request.idea());
        request.when().ifPresent(when -> data.put("when", when));
        request.help().ifPresent(help -> data.put("help", help.formValue()));
        request.contact().ifPresent(contact -> {
            Map<String, Object> person = new LinkedHashMap<>();
            contact.name().ifPresent(name -> person.put("name", name));
            contact.email().ifPresent(email -> person.put("email", email));
            contact.phone().ifPresent(phone -> person.put("phone", phone));
            data.put("contact", person);
        });
        data.put(
                "replies",
                proposal.replies().stream()
                        .map(ProposalPersonalRecords::replyData)
                        .toList());
        proposal.eventSlug().ifPresent(slug -> data.put("event", slug));
        return data;
    }

    private static Map<String, Object> replyData(ProposalReply reply) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", reply.at().toString());
        json.put("status", reply.status().name());
        reply.text().ifPresent(text -> json.put("text", text));
        json.put("emailed", reply.emailed());
        return json;
    }
}
