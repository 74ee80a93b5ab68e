package fr.conciergeriesolidaire.functions.programme;

import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.screens.ScreenFrame;
import java.util.List;
import java.util.Optional;

/**
 * What the programme's screens are primed with before a SnapStart snapshot: an admin as the authorizer would let them
 * through, whom no table holds, on a page of the back-office. Priming reads and renders; it never writes.
 */
public final class ProgrammePriming {
    public static final SignedInMember ADMIN =
            new SignedInMember("priming", "Priming", Role.ADMIN, List.of(), "priming-session", "priming-csrf");

    private ProgrammePriming() {}

    /** The frame of that page for the priming admin. */
    public static ScreenFrame frame(String path) {
        return new ScreenFrame(Optional.of(ADMIN), path, Optional.empty());
    }
}
