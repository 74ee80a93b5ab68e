package fr.conciergeriesolidaire.functions.mydata;

import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.RequestTable;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The requests table ({@code MY_DATA_REQUESTS_TABLE}): {@code requestId} (key), {@code kind}, {@code email}, {@code
 * origin}, {@code erased} (list), {@code createdAt}, {@code expiresAt} (TTL, checked on read). Its stream carries keys
 * only: the address stays in the table, and leaves it as soon as its e-mail is sent.
 */
final class DynamoDbMyDataRequests implements MyDataRequests {
    static final String REQUEST_ID = RequestTable.REQUEST_ID;
    private static final String KIND = "kind";
    private static final String EMAIL = "email";
    private static final String ORIGIN = "origin";
    private static final String ERASED = "erased";
    private static final String CREATED_AT = "createdAt";

    private final RequestTable table;

    DynamoDbMyDataRequests(DynamoDbClient dynamoDb, String table) {
        this.table = new RequestTable(dynamoDb, table);
    }

    @Override
    public void put(MyDataRequest request) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(REQUEST_ID, s(request.requestId()));
        item.put(KIND, s(request.kind().name()));
        item.put(EMAIL, s(request.email()));
        item.put(ORIGIN, s(request.origin()));
        item.put(
                ERASED,
                Attributes.l(request.erased().stream().map(Attributes::s).toList()));
        item.put(CREATED_AT, s(Timestamps.format(request.createdAt())));
        item.put(Expiry.ATTRIBUTE, Expiry.at(request.expiresAt()));
        table.putNew(item);
    }

    @Override
    public Optional<MyDataRequest> find(String requestId, Instant now) {
        return table.find(requestId, now)
                .map(item -> new MyDataRequest(
                        Attributes.string(item, REQUEST_ID),
                        MyDataRequest.Kind.valueOf(Attributes.string(item, KIND)),
                        Attributes.string(item, EMAIL),
                        Attributes.string(item, ORIGIN),
                        Attributes.list(item, ERASED).stream()
                                .map(AttributeValue::s)
                                .toList(),
                        Timestamps.parse(Attributes.string(item, CREATED_AT)),
                        Instant.ofEpochSecond(Attributes.number(item, Expiry.ATTRIBUTE))));
    }

    @Override
    public void delete(String requestId) {
        table.delete(requestId);
    }
}
