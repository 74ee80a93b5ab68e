package fr.conciergeriesolidaire.functions.backoffice;

/**
 * The fields of the member form; their labels are {@code member.<field>} in the site's wording. Each counter is a
 * checkbox of its own ({@value #COUNTER_PREFIX}{@code <counter id>}: a form keeps one value per name), the group's
 * errors are tied to {@value #COUNTERS}.
 */
final class MemberFields {
    static final String LABELS = "member";
    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String ROLE = "role";
    static final String COUNTERS = "counters";
    static final String COUNTER_PREFIX = "counter.";
    static final String VERSION = "version";

    private MemberFields() {}
}
