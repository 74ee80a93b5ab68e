package fr.conciergeriesolidaire.functions.aws;

import static fr.conciergeriesolidaire.functions.aws.Attributes.m;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.access.AccessToken;
import fr.conciergeriesolidaire.functions.access.AccessTokens;
import fr.conciergeriesolidaire.functions.access.Session;
import fr.conciergeriesolidaire.functions.access.TokenKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The access tokens table ({@code ACCESS_TOKENS_TABLE}): one item per token, under the keyed hash of its value.
 *
 * <pre>
 * tokenHash  key                 kind       SIGN_IN, SESSION, PARTNER...
 * memberId   (index by-member)   boundTo    { emailHash, ... }
 * createdAt, lastSeenAt, endsAt  ISO instants (sessions: last activity, absolute end)
 * csrf       the session's form token
 * expiresAt  epoch seconds: TTL, and checked on every read
 * </pre>
 */
public final class DynamoDbAccessTokens implements AccessTokens {
    public static final String BY_MEMBER_INDEX = "by-member";
    static final String KEY = "tokenHash";
    private static final String KIND = "kind";
    private static final String MEMBER_ID = "memberId";
    private static final String BOUND_TO = "boundTo";
    private static final String CREATED_AT = "createdAt";
    private static final String LAST_SEEN_AT = "lastSeenAt";
    private static final String ENDS_AT = "endsAt";
    private static final String CSRF = "csrf";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbAccessTokens(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void put(AccessToken token) {
        putNew(item(token));
    }

    @Override
    public boolean putIfAbsent(AccessToken token) {
        try {
            putNew(item(token));
            return true;
        } catch (ConditionalCheckFailedException alreadyStored) {
            return false;
        }
    }

    private static Map<String, AttributeValue> item(AccessToken token) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KEY, s(token.hash()));
        item.put(KIND, s(token.kind().name()));
        token.memberId().ifPresent(memberId -> item.put(MEMBER_ID, s(memberId)));
        Map<String, AttributeValue> bound = new LinkedHashMap<>();
        token.boundTo().forEach((name, value) -> bound.put(name, s(value)));
        item.put(BOUND_TO, m(bound));
        item.put(CREATED_AT, s(Timestamps.format(token.createdAt())));
        item.put(Expiry.ATTRIBUTE, Expiry.at(token.expiresAt()));
        return item;
    }

    @Override
    public Optional<AccessToken> find(String hash, Instant now) {
        return DynamoDbCalls.item(dynamoDb, table, KEY, hash, now)
                .filter(item -> !TokenKind.SESSION
                        .name()
                        .equals(Attributes.optionalString(item, KIND).orElse(null)))
                .map(DynamoDbAccessTokens::token);
    }

    @Override
    public Optional<AccessToken> take(String hash, TokenKind kind, Instant now) {
        try {
            Map<String, AttributeValue> old = DynamoDbCalls.call(() -> dynamoDb.deleteItem(delete -> delete.tableName(
                                    table)
                            .key(Map.of(KEY, s(hash)))
                            .conditionExpression("attribute_exists(#key) AND #kind = :kind AND #expires > :now")
                            .expressionAttributeNames(Map.of("#key", KEY, "#kind", KIND, "#expires", Expiry.ATTRIBUTE))
                            .expressionAttributeValues(
                                    Map.of(":kind", s(kind.name()), ":now", Attributes.n(now.getEpochSecond())))
                            .returnValues(ReturnValue.ALL_OLD)))
                    .attributes();
            return old == null || old.isEmpty() ? Optional.empty() : Optional.of(token(old));
        } catch (ConditionalCheckFailedException usedExpiredOrNeverIssued) {
            return Optional.empty();
        }
    }

    @Override
    public void putSession(Session session, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KEY, s(session.hash()));
        item.put(KIND, s(TokenKind.SESSION.name()));
        item.put(MEMBER_ID, s(session.memberId()));
        item.put(CSRF, s(session.csrfToken()));
        item.put(CREATED_AT, s(Timestamps.format(session.createdAt())));
        item.put(LAST_SEEN_AT, s(Timestamps.format(session.lastSeenAt())));
        item.put(ENDS_AT, s(Timestamps.format(session.endsAt())));
        item.put(Expiry.ATTRIBUTE, Expiry.at(expiresAt));
        putNew(item);
    }

    @Override
    public Optional<Session> findSession(String hash, Instant now) {
        return DynamoDbCalls.item(dynamoDb, table, KEY, hash, now)
                .filter(item -> TokenKind.SESSION
                        .name()
                        .equals(Attributes.optionalString(item, KIND).orElse(null)))
                .map(item -> new Session(
                        Attributes.string(item, KEY),
                        Attributes.string(item, MEMBER_ID),
                        Attributes.string(item, CSRF),
                        instant(item, CREATED_AT),
                        instant(item, LAST_SEEN_AT),
                        instant(item, ENDS_AT)));
    }

    @Override
    public boolean touchSession(String hash, Instant lastSeenAt, Instant expiresAt) {
        try {
            DynamoDbCalls.call(() -> dynamoDb.updateItem(update -> update.tableName(table)
                    .key(Map.of(KEY, s(hash)))
                    .updateExpression("SET #seen = :seen, #expires = :expires")
                    // Never brings back a session ended meanwhile (an update would create the item).
                    .conditionExpression("attribute_exists(#key) AND #kind = :session")
                    .expressionAttributeNames(
                            Map.of("#key", KEY, "#kind", KIND, "#seen", LAST_SEEN_AT, "#expires", Expiry.ATTRIBUTE))
                    .expressionAttributeValues(Map.of(
                            ":seen",
                            s(Timestamps.format(lastSeenAt)),
                            ":expires",
                            Expiry.at(expiresAt),
                            ":session",
                            s(TokenKind.SESSION.name())))));
            return true;
        } catch (ConditionalCheckFailedException ended) {
            return false;
        }
    }

    @Override
    public void delete(String hash) {
        DynamoDbCalls.call(() ->
                dynamoDb.deleteItem(delete -> delete.tableName(table).key(Map.of(KEY, s(hash)))));
    }

    @Override
    public int deleteAllOf(String memberId) {
        int deleted = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            QueryResponse page = DynamoDbCalls.call(() -> dynamoDb.query(query -> query.tableName(table)
                    .indexName(BY_MEMBER_INDEX)
                    .keyConditionExpression("#member = :member")
                    .expressionAttributeNames(Map.of("#member", MEMBER_ID))
                    .expressionAttributeValues(Map.of(":member", s(memberId)))
                    .exclusiveStartKey(exclusiveStart)));
            for (Map<String, AttributeValue> key : page.items()) {
                delete(Attributes.string(key, KEY));
                deleted++;
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return deleted;
    }

    private void putNew(Map<String, AttributeValue> item) {
        // 256 random bits never collide; the condition only makes sure no token is ever replaced.
        DynamoDbCalls.call(() -> dynamoDb.putItem(put -> put.tableName(table)
                .item(item)
                .conditionExpression("attribute_not_exists(#key)")
                .expressionAttributeNames(Map.of("#key", KEY))));
    }

    private static AccessToken token(Map<String, AttributeValue> item) {
        Map<String, String> bound = new LinkedHashMap<>();
        Attributes.map(item, BOUND_TO).forEach((name, value) -> bound.put(name, value.s()));
        return new AccessToken(
                Attributes.string(item, KEY),
                TokenKind.valueOf(Attributes.string(item, KIND)),
                Attributes.optionalString(item, MEMBER_ID),
                bound,
                instant(item, CREATED_AT),
                Instant.ofEpochSecond(Attributes.number(item, Expiry.ATTRIBUTE)));
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        return Timestamps.parse(Attributes.string(item, name));
    }
}
