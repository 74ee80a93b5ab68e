package fr.conciergeriesolidaire.functions.registration;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.snapstart.PrimingEvents;
import java.util.List;

/** A registration as a visitor fills it (without consent), in JSON and as a plain form: what priming renders. */
final class RegistrationPriming {
    /** An event no one can have (slugs are lower case words). */
    static final String EVENT = "snapstart-priming";
    /** A member no table holds, as the team's screens are primed for. */
    static final SignedInMember MEMBER =
            new SignedInMember("snapstart-priming", "Priming", Role.TEAM, List.of(), "priming", "priming");

    private RegistrationPriming() {}

    static List<APIGatewayV2HTTPEvent> submissions() {
        return List.of(
                PrimingEvents.post(
                        "application/json",
                        "{\"firstName\":\"Camille\",\"lastName\":\"Martin\",\"email\":\"camille@exemple.fr\","
                                + "\"places\":1}"),
                PrimingEvents.post(
                        "application/x-www-form-urlencoded",
                        "firstName=Camille&lastName=Martin&email=camille%40exemple.fr&places=1"));
    }
}
