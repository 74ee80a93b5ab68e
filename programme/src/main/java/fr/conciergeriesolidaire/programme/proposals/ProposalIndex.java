package fr.conciergeriesolidaire.programme.proposals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * What the publisher and the back-office's proposals share of the residents' proposals table (template.yaml's
 * ProposalsTable, written by the functions' {@code programme.proposals} feature): the index of a neighbourhood's
 * proposals by date, the attributes it is made of, and the status of a proposal the team set aside (not an idea:
 * spam, abuse), which no count includes. The functions' item mapper uses these names; nothing else is shared.
 */
public final class ProposalIndex {
    /** A neighbourhood's proposals by the instant they were sent: {@code neighbourhood} = id, {@code submittedAt}. */
    public static final String BY_NEIGHBOURHOOD = "by-neighbourhood";

    public static final String NEIGHBOURHOOD = "neighbourhood";
    public static final String SUBMITTED_AT = "submittedAt";
    public static final String STATUS = "status";
    /** The stored status of a proposal the team set aside. */
    public static final String SET_ASIDE = "SET_ASIDE";

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ProposalIndex() {}

    /**
     * How {@value #SUBMITTED_AT} is written: UTC, always to the millisecond, so that text order is time order and a
     * range of the index is a range of time.
     */
    public static String instant(Instant instant) {
        return INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
