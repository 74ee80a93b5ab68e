package fr.conciergeriesolidaire.functions.programme.proposals;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import fr.conciergeriesolidaire.catalog.wording.Wording;
import fr.conciergeriesolidaire.functions.forms.FieldErrors;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpResponse;
import fr.conciergeriesolidaire.functions.outbox.Delivery;
import fr.conciergeriesolidaire.functions.outbox.DeliveryState;
import fr.conciergeriesolidaire.functions.programme.Neighbourhoods;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.screens.ScreenForm;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import fr.conciergeriesolidaire.functions.screens.Screens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team's screens of the proposals (templates {@code pages/proposal-list.ftlh}, {@code proposal-show.ftlh}): the
 * latest of each neighbourhood the member serves, and one proposal with its answers, its answer form (shown again with
 * its errors, or after a conflict with the proposal as answered meanwhile) and the way to turn it into an event.
 */
final class ProposalScreens {
    private static final int EXCERPT = 160;

    private final Screens screens;
    private final Neighbourhoods neighbourhoods;
    private final ZoneId zone;

    ProposalScreens(Screens screens, Neighbourhoods neighbourhoods, ZoneId zone) {
        this.screens = screens;
        this.neighbourhoods = neighbourhoods;
        this.zone = zone;
    }

    static String path(String reference) {
        return Navigation.PROPOSALS + "/" + reference;
    }

    HttpResponse list(ScreenFrame frame, List<ProposalLife.NeighbourhoodProposals> groups) {
        Wording wording = screens.wording();
        List<Map<String, Object>> model = new ArrayList<>();
        for (ProposalLife.NeighbourhoodProposals group : groups) {
            List<Map<String, Object>> proposals = group.proposals().stream()
                    .map(proposal -> Map.<String, Object>of(
                            "path", path(proposal.reference()),
                            "reference", proposal.reference(),
                            "date", day(proposal.submittedAt()),
                            "status", wording.get(proposal.status().wordingKey()),
                            "excerpt", excerpt(proposal.request().idea()),
                            "contact", proposal.request().contact().isPresent()))
                    .toList();
            model.add(Map.of("name", group.neighbourhood().name(), "proposals", proposals));
        }
        return screens.page(
                200,
                frame,
                wording.get("proposalList.title"),
                "proposal-list.ftlh",
                Map.of("groups", model, "limit", ProposalLife.LATEST));
    }

    /**
     * @param conflict whether the member's answer was refused because someone answered meanwhile: the page then shows
     *     the proposal as it is now
     */
    HttpResponse show(ScreenFrame frame, StoredProposal proposal, ScreenForm form, int status, boolean conflict) {
        Wording wording = screens.wording();
        ProposalRequest request = proposal.request();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", screens.form(form, ProposalFields.ANSWER_LABELS));
        model.put("action", path(proposal.reference()));
        model.put("listPath", Navigation.PROPOSALS);
        model.put("reference", proposal.reference());
        model.put("neighbourhood", neighbourhoods.nameOf(proposal.neighbourhood()));
        model.put("date", day(proposal.submittedAt()));
        model.put("status", wording.get(proposal.status().wordingKey()));
        model.put("idea", Paragraphs.of(request.idea()));
        model.put("when", request.when().orElse(""));
        model.put(
                "help",
                request.help().map(offer -> wording.get(offer.wordingKey())).orElse(""));
        model.put("name", request.contact().flatMap(ProposalContact::name).orElse(""));
        model.put("email", proposal.email().orElse(""));
        model.put("phone", request.contact().flatMap(ProposalContact::phone).orElse(""));
        model.put("replies", replies(proposal));
        model.put("version", proposal.version());
        model.put("conflict", conflict);
        model.put(
                "statuses",
                Arrays.stream(ProposalStatus.values())
                        .map(option -> Map.of(
                                "value", option.name(),
                                "label", wording.get(option.wordingKey()),
                                "hint", wording.get(option.wordingKey() + ".hint")))
                        .toList());
        model.put(
                "eventPath",
                proposal.eventSlug().map(slug -> Navigation.EVENTS + "/" + slug).orElse(""));
        model.put("newEventPath", Navigation.EVENTS + "/nouvelle?proposition=" + proposal.reference());
        return screens.page(
                status, frame, wording.format("proposalShow.title", proposal.reference()), "proposal-show.ftlh", model);
    }

    /** The answer form as the proposal stands: its status chosen, no reply yet. */
    static ScreenForm formOf(StoredProposal proposal) {
        return ScreenForm.of(Map.of(ProposalFields.STATUS, proposal.status().name()));
    }

    /** The form as it was sent, to show it again with its errors: what was typed stays. */
    static ScreenForm formAsSent(SubmittedFields fields) {
        FieldErrors ignored = new FieldErrors();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of(ProposalFields.STATUS, ProposalFields.REPLY)) {
            fields.text(field, ignored).ifPresent(value -> values.put(field, value));
        }
        return ScreenForm.of(values);
    }

    private List<Map<String, Object>> replies(StoredProposal proposal) {
        Wording wording = screens.wording();
        List<Map<String, Object>> replies = new ArrayList<>();
        for (int index = 0; index < proposal.replies().size(); index++) {
            ProposalReply reply = proposal.replies().get(index);
            Optional<Delivery> delivery =
                    Optional.ofNullable(proposal.deliveries().get(ProposalEmails.replyRecipient(index)));
            replies.add(Map.of(
                    "date", day(reply.at()),
                    "memberName", reply.memberName(),
                    "status", wording.get(reply.status().wordingKey()),
                    "text", Paragraphs.of(reply.text().orElse("")),
                    "mail", wording.get(mailState(reply, delivery))));
        }
        return replies;
    }

    private static String mailState(ProposalReply reply, Optional<Delivery> delivery) {
        if (!reply.emailed()) {
            return reply.text().isPresent() ? "proposalShow.mail.none" : "proposalShow.mail.statusOnly";
        }
        return delivery.map(Delivery::state)
                .map(state -> state == DeliveryState.SENT
                        ? "proposalShow.mail.sent"
                        : state == DeliveryState.FAILED ? "proposalShow.mail.failed" : "proposalShow.mail.pending")
                .orElse("proposalShow.mail.pending");
    }

    private String day(Instant instant) {
        return FrenchFormat.date(LocalDate.ofInstant(instant, zone));
    }

    private static String excerpt(String idea) {
        String line = idea.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) <= EXCERPT
                ? line
                : line.substring(0, line.offsetByCodePoints(0, EXCERPT)).strip() + "…";
    }
}
