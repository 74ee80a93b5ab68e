package fr.conciergeriesolidaire.functions.backoffice;

import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.Expiry;
import fr.conciergeriesolidaire.functions.aws.RequestTable;
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
    static final String REQUEST_ID = RequestTable.REQUEST_ID;
    private static final String EMAIL = "email";
    private static final String ORIGIN = "origin";
    private static final String CREATED_AT = "createdAt";

    private final RequestTable table;

    DynamoDbSignInRequests(DynamoDbClient dynamoDb, String table) {
        this.table = new RequestTable(dynamoDb, table);
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
        table.putNew(item);
    }

    @Override
    public Optional<SignInRequest> find(String requestId, Instant now) {
        return table.find(requestId, now)
                .map(item -> new SignInRequest(
                        Attributes.string(item, REQUEST_ID),
                        Attributes.string(item, EMAIL),
                        Attributes.string(item, ORIGIN),
                        Timestamps.parse(Attributes.string(item, CREATED_AT)),
                        Instant.ofEpochSecond(Attributes.number(item, Expiry.ATTRIBUTE))));
    }

    @Override
    public void delete(String requestId) {
        table.delete(requestId);
    }
}
