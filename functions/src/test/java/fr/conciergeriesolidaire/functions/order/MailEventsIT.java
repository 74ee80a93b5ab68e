package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.mailevents.MailEventsHandler;
import fr.conciergeriesolidaire.functions.mailevents.MailEventsWiring;
import fr.conciergeriesolidaire.functions.testing.JsonTrees;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** SES's notifications about an order's e-mails, recorded on the order for the team. */
class MailEventsIT extends WithEmulatedOrders {
    @Test
    void givenAPermanentBounceOfAPartnersEmail_thenItIsRecordedOnThatEmailAndTheOrderNeedsAttention() throws Exception {
        // GIVEN an order whose e-mails were sent
        String reference = JsonTrees.MAPPER
                .readTree(submissions
                        .handleRequest(
                                OrderEvents.json(OrderEvents.validJson(
                                        "Rebond",
                                        "rebond@exemple.fr",
                                        UUID.randomUUID().toString())),
                                null)
                        .getBody())
                .path("reference")
                .asText();
        clock.advance(Duration.ofMinutes(3));
        sweeper.handleRequest(null, null);
        MailEventsHandler handler = new MailEventsHandler(
                new MailEventsWiring(new Environment(world.environmentOf("MailEventsFunction"))).service());

        // WHEN SES says the partner's address bounced for good, a copy of it, and a soft bounce of the customer's
        String result = handler.handleRequest(
                event(
                        bounce("Permanent", reference, "partner__atelier-repassage"),
                        bounce("Permanent", reference, "partner__atelier-repassage"),
                        bounce("Transient", reference, "customer"),
                        bounce("Permanent", "ZZZZ-ZZZZ", "customer")),
                null);

        // THEN only the permanent bounce of a known e-mail is recorded, on that e-mail, and the team is to look
        assertThat(result).isEqualTo("recorded=2");
        Map<String, AttributeValue> order = world.storedOrder(reference);
        assertThat(order.get("needsAttention").bool()).isTrue();
        Map<String, AttributeValue> notifications = order.get("notifications").m();
        assertThat(notifications
                        .get("partner:atelier-repassage")
                        .m()
                        .get("undelivered")
                        .m()
                        .get("kind")
                        .s())
                .isEqualTo("BOUNCE");
        assertThat(notifications.get("customer").m()).doesNotContainKey("undelivered");
    }

    private static String bounce(String type, String reference, String recipient) {
        return """
                {"eventType": "Bounce",
                 "bounce": {"bounceType": "%s", "bounceSubType": "General",
                            "bouncedRecipients": [{"emailAddress": "commandes@atelier-repassage.example"}]},
                 "mail": {"timestamp": "2026-03-02T09:05:00.000Z", "messageId": "0102",
                          "destination": ["commandes@atelier-repassage.example"],
                          "tags": {"ses:configuration-set": ["conciergerie-mail"], "feature": ["order"],
                                   "record": ["%s"], "recipient": ["%s"]}}}""".formatted(type, reference, recipient);
    }

    private static SNSEvent event(String... messages) {
        SNSEvent event = new SNSEvent();
        event.setRecords(List.of(messages).stream()
                .map(message -> {
                    SNSEvent.SNSRecord record = new SNSEvent.SNSRecord();
                    record.setSns(new SNSEvent.SNS().withMessage(message));
                    return record;
                })
                .toList());
        return event;
    }
}
