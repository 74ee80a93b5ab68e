package fr.conciergeriesolidaire.programme.proposals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * How many ideas residents proposed in each neighbourhood during a season, counted on the proposals table's index
 * (one counting query per neighbourhood, nothing read but the count), leaving out what the team set aside. What the
 * neighbourhood pages show, read by the publisher and the local runner at each build.
 */
public final class ResidentIdeaCounts {
    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public ResidentIdeaCounts(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    /** The count of each of these neighbourhoods, in their order. */
    public Map<String, Integer> of(List<String> neighbourhoods, Season season, ZoneId zone) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String neighbourhood : neighbourhoods) {
            counts.put(neighbourhood, count(neighbourhood, season.start(zone), season.end(zone)));
        }
        return counts;
    }

    private int count(String neighbourhood, Instant from, Instant until) {
        int count = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder()
                    .tableName(tableName)
                    .indexName(ProposalIndex.BY_NEIGHBOURHOOD)
                    .select(Select.COUNT)
                    .keyConditionExpression("#hood = :hood AND #at BETWEEN :from AND :last")
                    .filterExpression("#status <> :setAside")
                    .expressionAttributeNames(Map.of(
                            "#hood", ProposalIndex.NEIGHBOURHOOD,
                            "#at", ProposalIndex.SUBMITTED_AT,
                            "#status", ProposalIndex.STATUS))
                    .expressionAttributeValues(Map.of(
                            ":hood", AttributeValue.fromS(neighbourhood),
                            ":from", AttributeValue.fromS(ProposalIndex.instant(from)),
                            // BETWEEN includes both ends: the last millisecond before the next season.
                            ":last", AttributeValue.fromS(ProposalIndex.instant(until.minusMillis(1))),
                            ":setAside", AttributeValue.fromS(ProposalIndex.SET_ASIDE)));
            if (startKey != null) {
                request.exclusiveStartKey(startKey);
            }
            QueryResponse page = dynamoDb.query(request.build());
            count += page.count();
            startKey =
                    page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return count;
    }
}
