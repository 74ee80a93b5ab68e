package fr.conciergeriesolidaire.functions.registration;

import static fr.conciergeriesolidaire.functions.aws.Attributes.n;
import static fr.conciergeriesolidaire.functions.aws.Attributes.s;

import fr.conciergeriesolidaire.functions.aws.Attributes;
import fr.conciergeriesolidaire.functions.aws.DynamoDbCalls;
import fr.conciergeriesolidaire.functions.aws.Timestamps;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Participation figures keyed by month ({@value #MONTH}, {@code 2026-12}) and event ({@value #EVENT}): the indicators
 * of a month are one Query. Each write replaces the event's figures whole, recounted from its registrations, so a
 * write lost or repeated is corrected by the next.
 */
final class DynamoDbParticipationFigures implements ParticipationFigures {
    static final String MONTH = "month";
    static final String EVENT = "event";

    private final DynamoDbClient dynamoDb;
    private final String table;

    DynamoDbParticipationFigures(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void record(EventParticipation participation, Instant at) {
        Map<String, AttributeValue> item = Map.of(
                MONTH,
                s(participation.month().toString()),
                EVENT,
                s(participation.event()),
                "title",
                s(participation.title()),
                "neighbourhood",
                s(participation.neighbourhood()),
                "registrations",
                n(participation.registrations()),
                "places",
                n(participation.places()),
                "attendees",
                n(participation.attendees()),
                "participants",
                n(participation.participants()),
                "updatedAt",
                s(Timestamps.format(at)));
        DynamoDbCalls.call(() -> dynamoDb.putItem(put -> put.tableName(table).item(item)));
    }

    @Override
    public List<EventParticipation> inMonth(YearMonth month) {
        return DynamoDbCalls.call(() -> dynamoDb
                        .queryPaginator(query -> query.tableName(table)
                                .keyConditionExpression("#month = :month")
                                .expressionAttributeNames(Map.of("#month", MONTH))
                                .expressionAttributeValues(Map.of(":month", s(month.toString())))
                                .consistentRead(true))
                        .items()
                        .stream()
                        .toList())
                .stream()
                .map(item -> new EventParticipation(
                        Attributes.string(item, EVENT),
                        Attributes.string(item, "title"),
                        Attributes.string(item, "neighbourhood"),
                        YearMonth.parse(Attributes.string(item, MONTH)),
                        (int) Attributes.number(item, "registrations"),
                        (int) Attributes.number(item, "places"),
                        (int) Attributes.number(item, "attendees"),
                        (int) Attributes.number(item, "participants")))
                .toList();
    }
}
