package fr.conciergeriesolidaire.functions.order;

import java.time.Instant;
import java.util.Optional;

/** A line's answer from its partner, when it came, and the reason of a refusal. */
public record LineState(LineStatus status, Optional<String> reason, Optional<Instant> at) {
    public static final LineState PENDING = new LineState(LineStatus.PENDING, Optional.empty(), Optional.empty());
}
