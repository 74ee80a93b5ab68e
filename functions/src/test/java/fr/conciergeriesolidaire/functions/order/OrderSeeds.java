package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.aws.IdempotentPut;
import fr.conciergeriesolidaire.functions.forms.ContactDetails;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.records.References;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Order items as the order feature stores them (its own mapper), made in bulk for the benchmarks and tests that need
 * many stored orders without sending each through the form: same attributes, same index keys.
 */
public final class OrderSeeds {
    private OrderSeeds() {}

    /** One line of an order: a service of the catalogue, at its price. */
    public record Line(
            String serviceId,
            String serviceName,
            String partnerId,
            String partnerName,
            int quantity,
            long unitPriceCents) {}

    /**
     * @param number makes the reference and the idempotency key of the item
     * @param receivedAt when it was received (its {@code month} index key)
     * @param emailHash the customer's e-mail key, or empty for an order stored before orders kept it
     * @param status the order's status ({@code OrderStatus} name); lines are left unanswered
     */
    public static Map<String, AttributeValue> item(
            long number,
            Instant receivedAt,
            String counterId,
            String counterName,
            LocalDate slotDate,
            List<Line> lines,
            Optional<String> emailHash,
            String status) {
        OrderRequest request = new OrderRequest(
                counterId,
                counterName,
                "20 rue de l'Entreprise, 51100 Reims",
                lines.stream()
                        .map(line -> new OrderLine(
                                line.serviceId(),
                                line.serviceName(),
                                "la pièce",
                                line.partnerId(),
                                line.partnerName(),
                                "partenaire@exemple.fr",
                                line.quantity(),
                                line.unitPriceCents()))
                        .toList(),
                new Slot(
                        slotDate,
                        LocalTime.of(12, 0),
                        LocalTime.of(12, 30),
                        slotDate.atTime(11, 0).toInstant(ZoneOffset.UTC)),
                new Customer(
                        new ContactDetails("Camille", "Martin", "+33612345678", "client@exemple.fr"), Optional.empty()),
                Optional.empty(),
                Optional.empty());
        OrderKeys keys = new OrderKeys(emailHash.orElse("none"), FollowUpLinks.newKey(Optional.empty()));
        Map<String, AttributeValue> item = new HashMap<>(
                OrderItemMapper.toItem(request, keys, receivedAt, receivedAt.plusSeconds(400L * 86_400), receivedAt));
        if (emailHash.isEmpty()) {
            item.remove(EmailKeys.ATTRIBUTE); // as an order stored before orders kept the key
        }
        item.put(OrderItemMapper.REFERENCE, AttributeValue.fromS(References.candidate("seed-" + number, 0)));
        item.put(IdempotentPut.IDEMPOTENCY_KEY, AttributeValue.fromS("seed-" + number));
        item.put("status", AttributeValue.fromS(status));
        return item;
    }
}
