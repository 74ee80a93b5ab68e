package fr.conciergeriesolidaire.functions.backoffice;

import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sign-in requests table ({@code SIGN_IN_REQUESTS_TABLE}): {@code requestId} (key), {@code email}, {@code origin},
 * {@code createdAt}, {@code expiresAt} (TTL, checked on read). Its stream carries keys only.
 */
final class DynamoDbSignInRequests implements SignInRequests {
    static final String REQUEST_ID = "requestId";
    private static final String EMAIL = "email";
    private static final String ORIGIN = "origin";
    private static final String CREATED_AT = "createdAt";

    private final DynamoDbClient dynamoDb;
    private final String table;

    DynamoDbSignInRequests(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void put(SignInRequest request) {
        Map<String, AttributeValue> item = Map.of(
                REQUEST_ID,
                s(request.requestId()),
                EMAIL,
                s(request.email()),
                ORIGIN,
                s(request.origin()),
                CREATED_AT,
                s(Timestamps.format(request.createdAt())),
                Expiry.ATTRIBUTE,
                Expiry.at(request.expiresAt()));
        DynamoDbCalls.call(() -> dynamoDb.putItem(put -> put.tableName(table)
                .item(item)
                .conditionExpression("attribute_not_exists(#key)")
                .expressionAttributeNames(Map.of("#key", REQUEST_ID))));
    }

    @Override
    public Optional<SignInRequest> find(String requestId, Instant now) {
        return DynamoDbCalls.item(dynamoDb, table, REQUEST_ID, requestId, now)
                .map(item -> new SignInRequest(
                        Attributes.string(item, REQUEST_ID),
                        Attributes.string(item, EMAIL),
                        Attributes.string(item, ORIGIN),
                        Timestamps.parse(Attributes.string(item, CREATED_AT)),
                        Instant.ofEpochSecond(Attributes.number(item, Expiry.ATTRIBUTE))));
    }

    @Override
    public void delete(String requestId) {
        DynamoDbCalls.call(() ->
                dynamoDb.deleteItem(delete -> delete.tableName(table).key(Map.of(REQUEST_ID, s(requestId)))));
    }
}
