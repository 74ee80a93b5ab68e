package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.programme.event.ProgrammeEvent;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * The registration functions as the tests of other features drive them (the residents' world of "Mes données"): each
 * built from its template environment on the test's clock, as this package's own tests build them.
 */
public final class RegistrationFunctions {
    private final Function<String, Map<String, String>> environments;
    private final Clock clock;

    /** @param environments each function's environment by its logical id in template.yaml */
    public RegistrationFunctions(Function<String, Map<String, String>> environments, Clock clock) {
        this.environments = environments;
        this.clock = clock;
    }

    /** A workshop taking registrations, 14:00–16:00 in Paris on {@code day} (ISO date), as the team writes one. */
    public static ProgrammeEvent workshop(String slug, String day, Integer capacity, Integer perRegistration) {
        return TestEvents.workshop(slug, day, capacity, perRegistration);
    }

    /** {@code POST /api/events/{event}/registrations} as the event page sends it ({@code request} names no event). */
    public APIGatewayV2HTTPResponse register(String event, APIGatewayV2HTTPEvent request) {
        RegistrationWiring wiring = wiring("RegistrationSubmissionFunction");
        return new RegistrationSubmissionHandler(
                        wiring.service(), wiring.places(), wiring.clientAddress(), wiring.siteUrl(), wiring.pages())
                .handleRequest(Registrants.withEvent(request, event), null);
    }

    /** The registrations table's stream: each new registration's e-mail. */
    public void notifyNew(DynamodbEvent inserts) {
        new RegistrationNotifierHandler(wiring("RegistrationNotifierFunction").upkeep()).handleRequest(inserts, null);
    }

    /** The hourly run of the reminders of the day before. */
    public String remind() {
        return new RegistrationReminderHandler(
                        wiring("RegistrationReminderFunction").reminders())
                .handleRequest(null, null);
    }

    private RegistrationWiring wiring(String functionId) {
        return new RegistrationWiring(new Environment(environments.apply(functionId)), clock);
    }
}
