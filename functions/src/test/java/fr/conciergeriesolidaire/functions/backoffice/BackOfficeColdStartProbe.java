package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.testing.ColdStartProbe;
import fr.conciergeriesolidaire.functions.testing.ColdStartProbe.Probed;
import java.util.List;
import java.util.Map;

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
        SignedInMember admin =
                new SignedInMember(arguments[3], "Benchmark", Role.ADMIN, List.of(), arguments[4], arguments[5]);
        ColdStartProbe.run(
                start, () -> probed(arguments[0], arguments[2], admin), arguments[1].equals("primed"), arguments[0]);
    }
}
