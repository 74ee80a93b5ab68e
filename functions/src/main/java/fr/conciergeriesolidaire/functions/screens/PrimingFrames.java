package fr.conciergeriesolidaire.functions.screens;

import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import java.util.List;
import java.util.Optional;

/**
 * What a screen's handler renders its pages for before a SnapStart snapshot: an admin as the authorizer would let them
 * through, whom no table holds and no session opens, so that priming reads at most and changes nothing.
 */
public final class PrimingFrames {
    public static final SignedInMember MEMBER =
            new SignedInMember("priming", "Priming", Role.ADMIN, List.of(), "priming-session", "priming-csrf");

    private PrimingFrames() {}

    /** The frame of the screen at {@code path}, drawn for {@link #MEMBER}. */
    public static ScreenFrame of(String path) {
        return new ScreenFrame(Optional.of(MEMBER), path, Optional.empty());
    }
}
