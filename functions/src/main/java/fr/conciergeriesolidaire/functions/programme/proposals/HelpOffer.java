package fr.conciergeriesolidaire.functions.programme.proposals;

import java.util.Optional;

/** Whether the resident would help run the animation; its form value is its lower-case name. */
public enum HelpOffer {
    YES("yes"),
    MAYBE("maybe"),
    NO("no");

    private final String formValue;

    HelpOffer(String formValue) {
        this.formValue = formValue;
    }

    public String formValue() {
        return formValue;
    }

    /** Its words, {@code proposal.help.<value>}. */
    public String wordingKey() {
        return "proposal.help." + formValue;
    }

    public static Optional<HelpOffer> fromForm(String value) {
        for (HelpOffer offer : values()) {
            if (offer.formValue.equals(value)) {
                return Optional.of(offer);
            }
        }
        return Optional.empty();
    }
}
