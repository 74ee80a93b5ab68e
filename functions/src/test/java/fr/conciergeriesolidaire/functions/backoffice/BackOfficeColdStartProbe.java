package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One cold start of a back-office function, run by {@link BackOfficeBenchmark} in a fresh JVM on the shaded function
 * jar, configured like Lambda through real environment variables: the handler built by its no-argument constructor,
 * primed first if asked (as before a SnapStart snapshot), then its first request. Prints each phase's time.
 *
 * <p>Arguments: the function ({@code authorizer}, {@code sign-in}, {@code dashboard}, {@code members}), {@code primed}
 * or {@code cold}, the session cookie's value, the member's id, the session's key and form token.
 */
public final class BackOfficeColdStartProbe {
    private BackOfficeColdStartProbe() {}

    /** A handler just built as Lambda builds it: its priming, and its first request (true when answered right). */
    private record Probed(Runnable priming, BooleanSupplier firstRequest) {}

    private static Probed probed(String function, String cookie, SignedInMember admin) {
        return switch (function) {
            case "authorizer" -> {
                SessionAuthorizerHandler handler = new SessionAuthorizerHandler();
                APIGatewayV2HTTPEvent event =
                        BackOfficeEvents.withCookie(BackOfficeEvents.get("GET " + Navigation.DASHBOARD), cookie);
                yield new Probed(
                        handler::prime, () -> handler.handleRequest(event, null).getIsAuthorized());
            }
            case "sign-in" -> {
                SignInRequestHandler handler = new SignInRequestHandler();
                APIGatewayV2HTTPEvent event = BackOfficeEvents.get("GET " + Navigation.SIGN_IN);
                yield new Probed(
                        handler::prime, () -> handler.handleRequest(event, null).getStatusCode() == 200);
            }
            case "dashboard" -> {
                DashboardHandler handler = new DashboardHandler();
                APIGatewayV2HTTPEvent event =
                        BackOfficeEvents.signedIn(BackOfficeEvents.get("GET " + Navigation.DASHBOARD), admin);
                yield new Probed(
                        handler::prime, () -> handler.handleRequest(event, null).getStatusCode() == 200);
            }
            case "members" -> {
                MembersHandler handler = new MembersHandler();
                APIGatewayV2HTTPEvent event =
                        BackOfficeEvents.signedIn(BackOfficeEvents.get(MembersHandler.LIST, Map.of(), Map.of()), admin);
                yield new Probed(
                        handler::prime, () -> handler.handleRequest(event, null).getStatusCode() == 200);
            }
            default -> throw new IllegalArgumentException(function);
        };
    }

    public static void main(String[] arguments) {
        long start = System.nanoTime();
        boolean primed = arguments[1].equals("primed");
        SignedInMember admin =
                new SignedInMember(arguments[3], "Benchmark", Role.ADMIN, List.of(), arguments[4], arguments[5]);
        Probed probed = probed(arguments[0], arguments[2], admin);
        long constructed = System.nanoTime();
        if (primed) {
            probed.priming().run();
        }
        long ready = System.nanoTime();
        boolean answered = probed.firstRequest().getAsBoolean();
        long done = System.nanoTime();
        if (!answered) {
            throw new IllegalStateException(arguments[0] + " did not answer as expected");
        }
        System.out.println("construction-ms " + (constructed - start) / 1_000_000);
        System.out.println("priming-ms " + (ready - constructed) / 1_000_000);
        System.out.println("first-request-ms " + (done - ready) / 1_000_000);
        System.out.println("in-jvm-ms " + (done - start) / 1_000_000);
    }
}
