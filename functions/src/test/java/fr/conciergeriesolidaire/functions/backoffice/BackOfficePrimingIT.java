package fr.conciergeriesolidaire.functions.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SnapStart priming of every back-office function, built as Lambda builds it from template.yaml, on dynalite and
 * aws-ses-v2-local: it runs (reads, renders) and leaves every table and the mailbox as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackOfficePrimingIT {
    private EmulatedBackOffice world;

    @BeforeAll
    void start() {
        world = EmulatedBackOffice.inMemory(new MutableClock(Instant.parse("2026-03-02T09:00:00Z")));
    }

    @AfterAll
    void stop() {
        world.close();
    }

    @Test
    void givenEachBackOfficeFunctionThenPrimingWritesNothingAndSendsNothing() {
        Map<String, Runnable> primings = Map.of(
                "SessionAuthorizerFunction", built("SessionAuthorizerFunction", SessionAuthorizerHandler::new)::prime,
                "SignInRequestFunction", built("SignInRequestFunction", SignInRequestHandler::new)::prime,
                "SignInMailFunction", built("SignInMailFunction", SignInMailHandler::new)::prime,
                "SignInLinkFunction", built("SignInLinkFunction", SignInLinkHandler::new)::prime,
                "SignOutFunction", built("SignOutFunction", SignOutHandler::new)::prime,
                "DashboardFunction", built("DashboardFunction", DashboardHandler::new)::prime,
                "MembersFunction", built("MembersFunction", MembersHandler::new)::prime);

        primings.forEach((function, priming) -> priming.run());

        for (String table : List.of("MembersTable", "AccessTokensTable", "SignInRequestsTable", "RateLimitsTable")) {
            assertThat(world.items(table)).as(table).isEmpty();
        }
        assertThat(world.sentMails()).isEmpty();
    }

    /** Built by its no-argument constructor, with the function's environment, as Lambda and the runner build it. */
    private <T> T built(String functionId, Supplier<T> construction) {
        return Environment.building(world.environmentOf(functionId), construction);
    }
}
