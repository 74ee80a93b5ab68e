package fr.conciergeriesolidaire.functions.backoffice;

import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;
import static fr.conciergeriesolidaire.functions.backoffice.MemberItemMapper.BY_EMAIL_INDEX;
import static fr.conciergeriesolidaire.functions.backoffice.MemberItemMapper.BY_ROLE_INDEX;
import static fr.conciergeriesolidaire.functions.backoffice.MemberItemMapper.COUNTERS;
import static fr.conciergeriesolidaire.functions.backoffice.MemberItemMapper.EMAIL_HASH;
import static fr.conciergeriesolidaire.functions.backoffice.MemberItemMapper.MEMBER_ID;
import static fr.conciergeriesolidaire.functions.backoffice.MemberItemMapper.NAME;
import static fr.conciergeriesolidaire.functions.backoffice.MemberItemMapper.ROLE;
import static fr.conciergeriesolidaire.functions.backoffice.MemberItemMapper.SESSIONS_ENDED_AT;
import static fr.conciergeriesolidaire.functions.backoffice.MemberItemMapper.VERSION;

import fr.conciergeriesolidaire.functions.access.Role;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import fr.conciergeriesolidaire.functions.records.NoSuchRecordException;
import fr.conciergeriesolidaire.functions.records.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** The members table ({@code MEMBERS_TABLE}): queries on its indexes, never a scan; conditional writes only. */
final class DynamoDbMemberStore implements MemberStore {
    /** Names are DynamoDB reserved words ("name", "role"...): every expression uses these aliases. */
    private static final Map<String, String> NAMES = Map.of(
            "#id", MEMBER_ID,
            "#name", NAME,
            "#role", ROLE,
            "#counters", COUNTERS,
            "#version", VERSION);

    private final DynamoDbClient dynamoDb;
    private final String table;

    DynamoDbMemberStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<Member> find(String memberId) {
        // Members never expire (no expiresAt): any instant does for the expiry check.
        return DynamoDbCalls.item(dynamoDb, table, MEMBER_ID, memberId, Instant.EPOCH)
                .map(MemberItemMapper::member);
    }

    @Override
    public Optional<Member> findByEmailHash(String emailHash) {
        QueryResponse keys = DynamoDbCalls.call(() -> dynamoDb.query(query -> query.tableName(table)
                .indexName(BY_EMAIL_INDEX)
                .keyConditionExpression("#hash = :hash")
                .expressionAttributeNames(Map.of("#hash", EMAIL_HASH))
                .expressionAttributeValues(Map.of(":hash", s(emailHash)))));
        // The index may lag a moment behind the table: each key found is read again as stored now.
        return keys.items().stream()
                .map(key -> find(key.get(MEMBER_ID).s()))
                .flatMap(Optional::stream)
                .filter(member -> member.emailHash().equals(emailHash))
                .findFirst();
    }

    @Override
    public List<Member> withRole(Role role) {
        List<Member> members = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            QueryResponse page = byRole(role, null, exclusiveStart);
            page.items().forEach(item -> members.add(MemberItemMapper.member(item)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return members;
    }

    @Override
    public boolean anyAdmin() {
        return !byRole(Role.ADMIN, 1, null).items().isEmpty();
    }

    private QueryResponse byRole(Role role, Integer limit, Map<String, AttributeValue> exclusiveStart) {
        return DynamoDbCalls.call(() -> dynamoDb.query(query -> query.tableName(table)
                .indexName(BY_ROLE_INDEX)
                .keyConditionExpression("#role = :role")
                .expressionAttributeNames(Map.of("#role", ROLE))
                .expressionAttributeValues(Map.of(":role", s(role.name())))
                .limit(limit)
                .exclusiveStartKey(exclusiveStart)));
    }

    @Override
    public boolean add(Member member) {
        try {
            DynamoDbCalls.call(() -> dynamoDb.putItem(put -> put.tableName(table)
                    .item(MemberItemMapper.item(member))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", MEMBER_ID))));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    @Override
    public Member change(String memberId, long seenVersion, String name, Role role, List<String> counters) {
        try {
            Map<String, AttributeValue> changed = DynamoDbCalls.call(() ->
                            dynamoDb.updateItem(update -> update.tableName(table)
                                    .key(key(memberId))
                                    .updateExpression(
                                            "SET #name = :name, #role = :role, #counters = :counters, #version = :next")
                                    .conditionExpression("attribute_exists(#id) AND #version = :seen")
                                    .expressionAttributeNames(NAMES)
                                    .expressionAttributeValues(Map.of(
                                            ":name", s(name),
                                            ":role", s(role.name()),
                                            ":counters", MemberItemMapper.counters(counters),
                                            ":seen", n(seenVersion),
                                            ":next", n(seenVersion + 1)))
                                    .returnValues(ReturnValue.ALL_NEW)))
                    .attributes();
            return MemberItemMapper.member(changed);
        } catch (ConditionalCheckFailedException refused) {
            throw whyRefused(memberId);
        }
    }

    @Override
    public void remove(String memberId, long seenVersion) {
        try {
            DynamoDbCalls.call(() -> dynamoDb.deleteItem(delete -> delete.tableName(table)
                    .key(key(memberId))
                    .conditionExpression("attribute_exists(#id) AND #version = :seen")
                    .expressionAttributeNames(Map.of("#id", MEMBER_ID, "#version", VERSION))
                    .expressionAttributeValues(Map.of(":seen", n(seenVersion)))));
        } catch (ConditionalCheckFailedException refused) {
            throw whyRefused(memberId);
        }
    }

    @Override
    public void endSessions(String memberId, Instant at) {
        try {
            DynamoDbCalls.call(() -> dynamoDb.updateItem(update -> update.tableName(table)
                    .key(key(memberId))
                    .updateExpression("SET #ended = :at")
                    .conditionExpression("attribute_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", MEMBER_ID, "#ended", SESSIONS_ENDED_AT))
                    .expressionAttributeValues(Map.of(":at", s(Timestamps.format(at))))));
        } catch (ConditionalCheckFailedException gone) {
            throw new NoSuchRecordException();
        }
    }

    /** A refused condition: the member was removed, or changed by someone else. */
    private RuntimeException whyRefused(String memberId) {
        return find(memberId).isPresent() ? new VersionConflictException() : new NoSuchRecordException();
    }

    private static Map<String, AttributeValue> key(String memberId) {
        return Map.of(MEMBER_ID, s(memberId));
    }
}
