package fr.conciergeriesolidaire.functions.order;

import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.catalog.PackagedSiteData;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import fr.conciergeriesolidaire.functions.testing.TestParts;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Orders as the submission stores them, written straight into a table for the benchmarks: thousands at once, at any
 * date (the validator would refuse a past slot), their e-mails all sent long ago.
 */
public final class OrderItems {
    private OrderItems() {}

    /** The item of that order, received at {@code receivedAt}, under {@code reference}. */
    public static Map<String, AttributeValue> stored(String reference, OrderRequest request, Instant receivedAt) {
        Map<String, AttributeValue> item = new HashMap<>(OrderItemMapper.toItem(
                request,
                new OrderKeys(
                        new EmailKeys(TestParts.HASH)
                                .of(request.customer().contact().email())
                                .orElseThrow(),
                        FollowUpLinks.newKey(Optional.empty())),
                receivedAt,
                PackagedSiteData.data().policies().retention().orderExpiry(receivedAt),
                receivedAt));
        item.put(OrderItemMapper.REFERENCE, AttributeValue.fromS(reference));
        // Sent long ago: out of the sweeper's index, as every settled order.
        item.remove(DynamoDbOutbox.DUE);
        item.remove(DynamoDbOutbox.NEXT_ATTEMPT);
        return item;
    }
}
