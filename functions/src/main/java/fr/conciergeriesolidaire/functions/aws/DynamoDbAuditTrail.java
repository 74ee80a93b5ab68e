package fr.conciergeriesolidaire.functions.aws;

import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.catalog.Policies.Retention;
import fr.conciergeriesolidaire.functions.audit.AuditEntry;
import fr.conciergeriesolidaire.functions.audit.AuditTrail;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The audit table ({@code AUDIT_TABLE}): one item per entry, under its subject, sorted by time.
 *
 * <pre>
 * subject    key          member:&lt;id&gt;, exports, erasures...
 * entry      sort key     ISO instant # random suffix (two entries in the same millisecond stay two)
 * memberId, memberName, action, detail
 * expiresAt  epoch seconds: TTL (retention.audit), and checked on read
 * </pre>
 */
public final class DynamoDbAuditTrail implements AuditTrail {
    private static final String SUBJECT = "subject";
    private static final String ENTRY = "entry";
    private static final String MEMBER_ID = "memberId";
    private static final String MEMBER_NAME = "memberName";
    private static final String ACTION = "action";
    private static final String DETAIL = "detail";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Retention retention;
    private final Clock clock;

    public DynamoDbAuditTrail(DynamoDbClient dynamoDb, String table, Retention retention, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void record(AuditEntry entry) {
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(SUBJECT, s(entry.subject()));
        item.put(ENTRY, s(Timestamps.format(entry.at()) + "#" + HexFormat.of().formatHex(suffix)));
        item.put(MEMBER_ID, s(entry.memberId()));
        item.put(MEMBER_NAME, s(entry.memberName()));
        item.put(ACTION, s(entry.action()));
        item.put(DETAIL, s(entry.detail()));
        item.put(Expiry.ATTRIBUTE, Expiry.at(retention.auditExpiry(entry.at())));
        DynamoDbCalls.call(() -> dynamoDb.putItem(put -> put.tableName(table).item(item)));
    }

    @Override
    public List<AuditEntry> latest(String subject, int limit) {
        Instant now = clock.instant();
        return DynamoDbCalls.call(() -> dynamoDb.query(query -> query.tableName(table)
                        .keyConditionExpression("#subject = :subject")
                        .expressionAttributeNames(Map.of("#subject", SUBJECT))
                        .expressionAttributeValues(Map.of(":subject", s(subject)))
                        .scanIndexForward(false)
                        .limit(limit)))
                .items()
                .stream()
                .filter(item -> !Expiry.hasPassed(item, now))
                .map(DynamoDbAuditTrail::entry)
                .toList();
    }

    private static AuditEntry entry(Map<String, AttributeValue> item) {
        String entry = Attributes.string(item, ENTRY);
        return new AuditEntry(
                Attributes.string(item, SUBJECT),
                Timestamps.parse(entry.substring(0, entry.indexOf('#'))),
                Attributes.string(item, MEMBER_ID),
                Attributes.string(item, MEMBER_NAME),
                Attributes.string(item, ACTION),
                Attributes.optionalString(item, DETAIL).orElse(""));
    }
}
