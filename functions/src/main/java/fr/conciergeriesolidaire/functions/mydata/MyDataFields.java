package fr.conciergeriesolidaire.functions.mydata;

/** The fields of the "Mes données" forms; labels {@code mydata.<field>} in the site's wording. */
final class MyDataFields {
    static final String LABELS = "mydata";
    /** The address typed on the site's page /mes-donnees/ (and on the team's erasure screen). */
    static final String EMAIL = "email";
    /** The link's key, carried from the link to its forms. */
    static final String KEY = "jeton";
    /** What to erase: one record ({@code order:K7QM-3XPA}) or {@value #ALL}. */
    static final String RECORD = "fiche";

    static final String ALL = "tout";
    /** The team's screen: which step of the erasure a form is ({@code chercher}, {@code confirmer}, {@code effacer}). */
    static final String STEP = "etape";

    private MyDataFields() {}
}
