package fr.conciergeriesolidaire.functions.access;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the back-office authorizer tells the functions behind it: API Gateway copies the context of its answer
 * ({@code SimpleIAMPolicyResponse}, strings only) into each request's {@code requestContext.authorizer.lambda}, and the
 * local runner does the same. The one place where its keys are named.
 */
public final class AuthorizerContext {
    static final String MEMBER_ID = "memberId";
    static final String NAME = "name";
    static final String ROLE = "role";
    static final String COUNTERS = "counters";
    static final String SESSION = "session";
    static final String CSRF = "csrf";

    private AuthorizerContext() {}

    /** The context the authorizer answers with, for that member. */
    public static Map<String, String> of(SignedInMember member) {
        Map<String, String> context = new LinkedHashMap<>();
        context.put(MEMBER_ID, member.memberId());
        context.put(NAME, member.name());
        context.put(ROLE, member.role().name());
        // Counter ids are [a-z0-9-] (catalogue): a comma never occurs in one.
        context.put(COUNTERS, String.join(",", member.counters()));
        context.put(SESSION, member.sessionKey());
        context.put(CSRF, member.csrfToken());
        return context;
    }

    /**
     * The member the authorizer let through.
     *
     * @throws NotSignedInException when the request carries no (complete) context: a route left without the
     *     authorizer
     */
    public static SignedInMember signedIn(APIGatewayV2HTTPEvent event) {
        return read(event).orElseThrow(NotSignedInException::new);
    }

    /** The member the authorizer let through, if the request carries a (complete) context. */
    public static Optional<SignedInMember> read(APIGatewayV2HTTPEvent event) {
        var requestContext = event.getRequestContext();
        var authorizer = requestContext == null ? null : requestContext.getAuthorizer();
        Map<String, Object> context = authorizer == null ? null : authorizer.getLambda();
        if (context == null) {
            return Optional.empty();
        }
        Optional<String> memberId = text(context, MEMBER_ID);
        Optional<Role> role = text(context, ROLE).flatMap(Role::parse);
        Optional<String> session = text(context, SESSION);
        Optional<String> csrf = text(context, CSRF);
        if (memberId.isEmpty() || role.isEmpty() || session.isEmpty() || csrf.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignedInMember(
                memberId.get(),
                text(context, NAME).orElse(""),
                role.get(),
                counters(text(context, COUNTERS).orElse("")),
                session.get(),
                csrf.get()));
    }

    private static List<String> counters(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Optional<String> text(Map<String, Object> context, String key) {
        Object value = context.get(key);
        return value == null || value.toString().isEmpty() ? Optional.empty() : Optional.of(value.toString());
    }
}
