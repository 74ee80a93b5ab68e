package fr.conciergeriesolidaire.functions.screens;

import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import java.util.Optional;

/**
 * What surrounds every back-office page: who is signed in (none on the sign-in pages), where they are, and the
 * message a redirect asked to show.
 *
 * @param path the page's path, marked as the current one in the navigation
 * @param flashKey the wording key of the message to show, from the request's query ({@link Flash})
 */
public record ScreenFrame(Optional<SignedInMember> member, String path, Optional<String> flashKey) {
    /** The frame of a signed-in member's page. */
    public static ScreenFrame of(HttpRequest request, SignedInMember member) {
        return new ScreenFrame(Optional.of(member), request.path(), Flash.key(request));
    }

    /** The frame of a page shown before signing in. */
    public static ScreenFrame visitor(HttpRequest request) {
        return new ScreenFrame(Optional.empty(), request.path(), Flash.key(request));
    }

    /** The same page, without the message of the request that led to it (a form shown again, a refusal). */
    public ScreenFrame withoutFlash() {
        return new ScreenFrame(member, path, Optional.empty());
    }
}
