package fr.conciergeriesolidaire.programme.event;

/** The five kinds of disability event programmes describe access for (as OpenAgenda does). */
public enum Disability {
    MOTOR("accessMotor"),
    HEARING("accessHearing"),
    VISUAL("accessVisual"),
    PSYCHIC("accessPsychic"),
    INTELLECTUAL("accessIntellectual");

    private final String headerKey;

    Disability(String headerKey) {
        this.headerKey = headerKey;
    }

    /** The header key of an event ({@code accessMotor=yes}), also the key of its label in messages. */
    public String headerKey() {
        return headerKey;
    }
}
