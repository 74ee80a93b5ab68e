package fr.conciergeriesolidaire.functions.screens;

import fr.conciergeriesolidaire.catalog.format.FrenchFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When something happened, as the team reads it on a screen (a trail, the latest exports): "lundi 2 mars 2026 à
 * 10 h 05", in the conciergerie's time zone (organisation.yaml), whatever the server's.
 */
public final class Moments {
    private final ZoneId zone;

    public Moments(ZoneId zone) {
        this.zone = zone;
    }

    public String of(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return FrenchFormat.date(local.toLocalDate()) + " à "
                + FrenchFormat.time(local.toLocalTime().withSecond(0).withNano(0));
    }
}
