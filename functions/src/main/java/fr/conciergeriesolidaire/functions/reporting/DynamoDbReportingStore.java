package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.functions.aws.IndexQueries;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The reports' reads on the orders table ({@code ORDERS_TABLE}, index {@code by-month}) and the sign-ups table ({@code
 * SUBSCRIPTIONS_TABLE}, index {@code by-status} sorted by {@code createdAt}): Query calls only, each projected on what
 * the reports show (no customer, no contact person). The function holds Query rights on these two indexes alone.
 */
final class DynamoDbReportingStore implements ReportingStore {
    private final IndexQueries queries;
    private final String ordersTable;
    private final String signUpsTable;
    private final Clock clock;

    DynamoDbReportingStore(DynamoDbClient dynamoDb, String ordersTable, String signUpsTable, Clock clock) {
        this.queries = new IndexQueries(dynamoDb);
        this.ordersTable = ordersTable;
        this.signUpsTable = signUpsTable;
        this.clock = clock;
    }

    @Override
    public List<OrderFacts> ordersReceivedIn(YearMonth month) {
        Map<String, String> names = new HashMap<>(OrderFactsMapper.PROJECTION.names());
        names.put("#month", OrderFactsMapper.MONTH);
        return queries
                .all(
                        query -> query.tableName(ordersTable)
                                .indexName(OrderFactsMapper.BY_MONTH)
                                .keyConditionExpression("#month = :month")
                                .expressionAttributeNames(names)
                                .expressionAttributeValues(Map.of(":month", AttributeValue.fromS(month.toString())))
                                .projectionExpression(OrderFactsMapper.PROJECTION.expression()),
                        clock.instant())
                .stream()
                .map(OrderFactsMapper::fromItem)
                .toList();
    }

    @Override
    public List<SignUpFacts> signUpsWithStatus(String status) {
        return signUps(status, "#status = :status", Map.of());
    }

    @Override
    public List<SignUpFacts> signUpsReceivedIn(YearMonth month) {
        List<SignUpFacts> signUps = new ArrayList<>();
        for (String status : StoredValues.SIGN_UP_STATUSES) {
            // createdAt is ISO-8601 in UTC: the month's items are those whose sort key starts with it.
            signUps.addAll(signUps(
                    status,
                    "#status = :status AND begins_with(#created, :month)",
                    Map.of(":month", AttributeValue.fromS(month.toString()))));
        }
        return signUps;
    }

    private List<SignUpFacts> signUps(String status, String condition, Map<String, AttributeValue> moreValues) {
        Map<String, String> names = new HashMap<>(SignUpFactsMapper.PROJECTION.names());
        names.put("#status", SignUpFactsMapper.STATUS);
        if (condition.contains("#created")) {
            names.put("#created", SignUpFactsMapper.CREATED_AT);
        }
        Map<String, AttributeValue> values = new HashMap<>(moreValues);
        values.put(":status", AttributeValue.fromS(status));
        return queries
                .all(
                        query -> query.tableName(signUpsTable)
                                .indexName(SignUpFactsMapper.BY_STATUS)
                                .keyConditionExpression(condition)
                                .expressionAttributeNames(names)
                                .expressionAttributeValues(values)
                                .projectionExpression(SignUpFactsMapper.PROJECTION.expression()),
                        clock.instant())
                .stream()
                .map(SignUpFactsMapper::fromItem)
                .toList();
    }
}
