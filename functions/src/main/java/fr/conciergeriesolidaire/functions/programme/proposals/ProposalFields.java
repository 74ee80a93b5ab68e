package fr.conciergeriesolidaire.functions.programme.proposals;

/**
 * The fields of the public proposal form (the same in JSON and in the HTML form, each the id of its control on the
 * neighbourhood page; labels {@code proposal.<field>}), and of the team's answer (labels {@code proposalAnswer.<field>}).
 */
final class ProposalFields {
    static final String LABELS = "proposal";
    static final String NEIGHBOURHOOD = "neighbourhood";
    static final String IDEA = "idea";
    static final String WHEN = "when";
    static final String HELP = "help";
    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String PHONE = "phone";

    static final String ANSWER_LABELS = "proposalAnswer";
    static final String STATUS = "status";
    static final String REPLY = "reply";
    static final String VERSION = "version";

    static final int IDEA_MAX_LENGTH = 2_000;
    static final int WHEN_MAX_LENGTH = 200;
    static final int REPLY_MAX_LENGTH = 2_000;

    private ProposalFields() {}
}
