package fr.conciergeriesolidaire.functions.screens;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.access.AuthorizerContext;
import fr.conciergeriesolidaire.functions.access.FormGuard;
import fr.conciergeriesolidaire.functions.access.NotSignedInException;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.forms.SubmittedFields;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.functions.http.RequestBody;
import java.util.Map;
import java.util.Optional;

/**
 * One back-office request as a screen's handler reads it, in the order it must: through CloudFront ({@link
 * OriginGate}) and signed in ({@link #signedIn}); its route and path parameters; for a change, its form once its
 * Origin and the session's token are checked ({@link #form}); and the {@link ScreenFrame} its pages and refusals are
 * drawn in. Reading it never throws: each check throws its own refusal, which {@link ScreenFailures} turns into a page.
 */
public final class ScreenRequest {
    private final APIGatewayV2HTTPEvent event;
    private final HttpRequest http;
    private final Optional<SignedInMember> member;

    private ScreenRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
        this.http = HttpRequest.from(event);
        this.member = AuthorizerContext.read(event);
    }

    public static ScreenRequest of(APIGatewayV2HTTPEvent event) {
        return new ScreenRequest(event);
    }

    public HttpRequest http() {
        return http;
    }

    /**
     * The member the authorizer let through, once the request is known to come through CloudFront.
     *
     * @throws fr.conciergeriesolidaire.functions.http.NotThroughCloudFrontException without the origin secret (403)
     * @throws NotSignedInException on a route left without the authorizer (401)
     */
    public SignedInMember signedIn(OriginGate gate) {
        gate.check(http);
        return member.orElseThrow(NotSignedInException::new);
    }

    /**
     * The submitted fields of a state-changing request, read only after its Origin and the session's token are the
     * site's and the member's.
     *
     * @throws fr.conciergeriesolidaire.functions.access.ForgedRequestException otherwise (403)
     */
    public SubmittedFields form(FormGuard guard) {
        SignedInMember signedIn = member.orElseThrow(NotSignedInException::new);
        guard.checkOrigin(http);
        SubmittedFields fields = RequestBody.fields(http);
        guard.check(http, fields, signedIn);
        return fields;
    }

    /** The route as template.yaml declares it, e.g. {@code POST /api/backoffice/membres/{memberId}}. */
    public String route() {
        return String.valueOf(event.getRouteKey());
    }

    public boolean isChange() {
        return !"GET".equals(http.method()) && !"HEAD".equals(http.method());
    }

    public Optional<String> pathParameter(String name) {
        Map<String, String> parameters = event.getPathParameters();
        return Optional.ofNullable(parameters == null ? null : parameters.get(name));
    }

    /** The page's frame: the member's, with their navigation, or a visitor's before signing in. */
    public ScreenFrame frame() {
        return member.map(signedIn -> ScreenFrame.of(http, signedIn)).orElseGet(() -> ScreenFrame.visitor(http));
    }
}
