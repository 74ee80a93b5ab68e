package fr.conciergeriesolidaire.functions.order.board;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.access.SignedInMember;
import fr.conciergeriesolidaire.functions.backoffice.BackOfficeEvents;
import fr.conciergeriesolidaire.functions.order.partner.PartnerLinkHandler;
import fr.conciergeriesolidaire.functions.testing.ColdStartProbe;
import fr.conciergeriesolidaire.functions.testing.ColdStartProbe.Probed;
import java.util.List;
import java.util.Map;

/**
 * One cold start of an order screen's function, run by {@link OrderBoardBenchmark} in a fresh JVM on the shaded jar,
 * configured like Lambda through real environment variables: the handler built by its no-argument constructor, primed
 * first if asked (as before a SnapStart snapshot), then its first request. Prints each phase's time.
 *
 * <p>Arguments: the function ({@code board}, {@code order}, {@code partner}), {@code primed} or {@code cold}, an
 * order's reference, a partner's link to it.
 */
public final class OrderScreensColdStartProbe {
    private OrderScreensColdStartProbe() {}

    private static Probed probed(String function, String reference, String link) {
        SignedInMember team = new SignedInMember("benchmark", "Benchmark", Role.TEAM, List.of(), "session", "csrf");
        return switch (function) {
            case "board" -> {
                OrderBoardHandler handler = new OrderBoardHandler();
                APIGatewayV2HTTPEvent event = BackOfficeEvents.signedIn(
                        BackOfficeEvents.get(OrderBoardHandler.BOARD, Map.of(), Map.of("jours", "1")), team);
                yield new Probed(
                        handler::prime, () -> handler.handleRequest(event, null).getStatusCode() == 200);
            }
            case "order" -> {
                OrderPageHandler handler = new OrderPageHandler();
                APIGatewayV2HTTPEvent event = BackOfficeEvents.signedIn(
                        BackOfficeEvents.get(OrderPageHandler.SHOW, Map.of("reference", reference), Map.of()), team);
                yield new Probed(
                        handler::prime, () -> handler.handleRequest(event, null).getStatusCode() == 200);
            }
            case "partner" -> {
                PartnerLinkHandler handler = new PartnerLinkHandler();
                APIGatewayV2HTTPEvent event =
                        BackOfficeEvents.get("GET /api/partenaire/{jeton}", Map.of("jeton", link), Map.of());
                yield new Probed(
                        handler::prime, () -> handler.handleRequest(event, null).getStatusCode() == 200);
            }
            default -> throw new IllegalArgumentException(function);
        };
    }

    public static void main(String[] arguments) {
        long start = System.nanoTime();
        ColdStartProbe.run(
                start,
                () -> probed(arguments[0], arguments[2], arguments[3]),
                arguments[1].equals("primed"),
                arguments[0]);
    }
}
