package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SessionCookie;
import fr.conciergeriesolidaire.functions.screens.Navigation;
import fr.conciergeriesolidaire.functions.testing.ColdStarts;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the back-office's functions (not a test; see BENCHMARKS.md, "Back-office", for the command):
 * <ol>
 *   <li>the authorizer's warm cost, per request, against dynalite (the session's and the member's reads) and on
 *       storage held in memory (the handler alone);</li>
 *   <li>the cold start of the authorizer, the sign-in page, the dashboard and the members' list, each in a fresh JVM on
 *       the shaded jar (Lambda-like flags, one CPU), not primed and primed first as before a SnapStart snapshot.</li>
 * </ol>
 * Arguments: the shaded jar, the test classes folder, and optionally the {@code java} to start probes with.
 */
public final class BackOfficeBenchmark {
    private static final int COLD_RUNS = 5;
    private static final int WARM_UP = 2000;
    private static final int MEASURED = 3000;
    private static final Map<String, String> FUNCTIONS = new LinkedHashMap<>(Map.of(
            "authorizer", "SessionAuthorizerFunction",
            "sign-in", "SignInRequestFunction",
            "dashboard", "DashboardFunction",
            "members", "MembersFunction"));

    private BackOfficeBenchmark() {}

    public static void main(String[] arguments) throws Exception {
        ColdStarts.Setup setup = ColdStarts.Setup.of(arguments);
        try (EmulatedBackOffice world = EmulatedBackOffice.inMemory(Clock.systemUTC())) {
            // The first admin signs in as in AWS: request, link by e-mail, button.
            world.signInRequests()
                    .handleRequest(
                            BackOfficeEvents.post(
                                    "POST " + Navigation.SIGN_IN,
                                    Map.of(),
                                    BackOfficeEvents.fields(SignInFields.EMAIL, EmulatedAws.ADMIN_EMAIL)),
                            null);
            world.signInMails().handleRequest(world.newSignInRequests(), null);
            String token = SignInMailHandlerTest.token(world.sentMails().get(0).text());
            APIGatewayV2HTTPResponse opened = world.signInLinks()
                    .handleRequest(
                            BackOfficeEvents.post(
                                    "POST " + SignInLinks.PATH,
                                    Map.of(),
                                    BackOfficeEvents.fields(SignInFields.TOKEN, token)),
                            null);
            String setCookie = opened.getHeaders().get("Set-Cookie");
            String cookie = setCookie.substring(SessionCookie.NAME.length() + 1, setCookie.indexOf(';'));
            SessionAuthorizerHandler authorizer = world.authorizer();
            Map<String, String> context =
                    authorizer.handleRequest(event(cookie), null).getContext();

            long[] warmStored = warm(authorizer, cookie);
            InMemoryBackOffice memory = new InMemoryBackOffice();
            String memoryCookie = memory.signIn(memory.member("Alix", "alix@exemple.fr", Role.ADMIN))
                    .cookie();
            long[] warmInMemory = warm(memory.authorizerHandler(), memoryCookie);

            Map<String, Map<String, String>> functions = new LinkedHashMap<>();
            FUNCTIONS.forEach((probe, function) -> functions.put(probe, world.environmentOf(function)));
            Map<String, List<Map<String, Long>>> cold = ColdStarts.interleaved(
                    setup,
                    COLD_RUNS,
                    functions,
                    BackOfficeColdStartProbe.class.getName(),
                    cookie,
                    context.get("memberId"),
                    context.get("session"),
                    context.get("csrf"));

            System.out.printf("probe JVM: %s (%d cold runs of each, interleaved)%n", setup.java(), COLD_RUNS);
            System.out.printf(
                    "warm authorizer with dynalite (us):       p50 %d  p99 %d%n",
                    ColdStarts.percentile(warmStored, 50), ColdStarts.percentile(warmStored, 99));
            System.out.printf(
                    "warm authorizer, storage in memory (us):  p50 %d  p99 %d%n",
                    ColdStarts.percentile(warmInMemory, 50), ColdStarts.percentile(warmInMemory, 99));
            ColdStarts.print(cold);
        }
    }

    private static long[] warm(SessionAuthorizerHandler authorizer, String cookie) {
        APIGatewayV2HTTPEvent event = event(cookie);
        for (int index = 0; index < WARM_UP; index++) {
            authorizer.handleRequest(event, null);
        }
        long[] samples = new long[MEASURED];
        for (int index = 0; index < MEASURED; index++) {
            long start = System.nanoTime();
            boolean allowed = authorizer.handleRequest(event, null).getIsAuthorized();
            samples[index] = (System.nanoTime() - start) / 1_000;
            if (!allowed) {
                throw new IllegalStateException("The session stopped opening the back-office");
            }
        }
        return samples;
    }

    private static APIGatewayV2HTTPEvent event(String cookie) {
        return BackOfficeEvents.withCookie(BackOfficeEvents.get("GET " + Navigation.DASHBOARD), cookie);
    }
}
