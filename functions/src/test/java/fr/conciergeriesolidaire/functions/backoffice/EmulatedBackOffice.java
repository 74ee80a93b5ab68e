package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.StreamEvents;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.testing.EmulatedAws;
import java.time.Clock;
import java.util.List;

/**
 * The back-office's functions built as template.yaml describes them (each with its own environment, so each with
 * only its rights' tables), on dynalite and aws-ses-v2-local.
 */
final class EmulatedBackOffice extends EmulatedAws {
    private final Clock clock;

    private EmulatedBackOffice(Emulators emulators, Clock clock) {
        super(emulators);
        this.clock = clock;
    }

    static EmulatedBackOffice inMemory(Clock clock) {
        return new EmulatedBackOffice(Emulators.startInMemory(), clock);
    }

    BackOfficeWiring wiring(String functionId) {
        return new BackOfficeWiring(new Environment(environmentOf(functionId)), clock);
    }

    SignInRequestHandler signInRequests() {
        BackOfficeWiring wiring = wiring("SignInRequestFunction");
        return new SignInRequestHandler(wiring.signIn(), wiring.formGuard(), wiring.clientAddress(), wiring.pages());
    }

    SignInMailHandler signInMails() {
        return new SignInMailHandler(wiring("SignInMailFunction").linkSender());
    }

    SignInLinkHandler signInLinks() {
        BackOfficeWiring wiring = wiring("SignInLinkFunction");
        return new SignInLinkHandler(wiring.links(), wiring.formGuard(), wiring.originGate(), wiring.pages(), clock);
    }

    SessionAuthorizerHandler authorizer() {
        return new SessionAuthorizerHandler(wiring("SessionAuthorizerFunction").authorizer());
    }

    MembersHandler members() {
        BackOfficeWiring wiring = wiring("MembersFunction");
        return new MembersHandler(
                wiring.memberService(), wiring.memberPages(), wiring.formGuard(), wiring.originGate());
    }

    SignOutHandler signOut() {
        BackOfficeWiring wiring = wiring("SignOutFunction");
        return new SignOutHandler(wiring.accessTokens(), wiring.formGuard(), wiring.originGate());
    }

    /** What the sign-in requests table's stream delivers now: its new items' keys. */
    DynamodbEvent newSignInRequests() {
        return StreamEvents.inserts(
                items("SignInRequestsTable"), List.of(DynamoDbSignInRequests.REQUEST_ID), StreamViewType.KEYS_ONLY, 1);
    }
}
