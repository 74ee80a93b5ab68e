package fr.conciergeriesolidaire.functions.reporting;

import fr.conciergeriesolidaire.functions.aws.IndexQueries;
import fr.conciergeriesolidaire.functions.records.StorageUnavailableException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The reports' reads on the orders table ({@code ORDERS_TABLE}, index {@code by-month}) and the sign-ups table ({@code
 * SUBSCRIPTIONS_TABLE}, index {@code by-status} sorted by {@code createdAt}): Query calls only, each projected on what
 * the reports show (no customer, no contact person). The function holds Query rights on these two indexes alone.
 */
final class DynamoDbReportingStore implements ReportingStore {
    static final int PARALLEL_QUERIES = 4;
    /**
     * Items a page of the months' index holds at most (DynamoDB stops at 1 MB anyway): short calls, each well inside the
     * client's 2-second attempt timeout even on a busy emulator, at the price of a few more round trips.
     */
    static final int PAGE_ITEMS = 1000;

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
                                .projectionExpression(OrderFactsMapper.PROJECTION.expression())
                                .limit(PAGE_ITEMS),
                        clock.instant())
                .stream()
                .map(OrderFactsMapper::fromItem)
                .toList();
    }

    /**
     * The months' queries run side by side (each pages through its own month): a year of orders is read in about the
     * time of its largest month rather than of the twelve in a row. At most {@value #PARALLEL_QUERIES} at once, to stay
     * far below the table's on-demand throughput.
     */
    @Override
    public Map<YearMonth, List<OrderFacts>> ordersReceivedIn(List<YearMonth> months) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLEL_QUERIES, months.size())));
        try {
            Map<YearMonth, Future<List<OrderFacts>>> reads = new LinkedHashMap<>();
            for (YearMonth month : months) {
                reads.put(month, pool.submit(() -> ordersReceivedIn(month)));
            }
            Map<YearMonth, List<OrderFacts>> orders = new LinkedHashMap<>();
            for (Map.Entry<YearMonth, Future<List<OrderFacts>>> read : reads.entrySet()) {
                orders.put(read.getKey(), result(read.getValue()));
            }
            return orders;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A month's read as if it had run here: its failure (storage unavailable...) is thrown as it was. */
    private static List<OrderFacts> result(Future<List<OrderFacts>> read) {
        try {
            return read.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException(interrupted);
        }
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
