package fr.conciergeriesolidaire.emulators;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a DynamoDB stream delivers to a function for newly stored items. dynalite has no streams, so tests and
 * the local runner read the stored items and hand the stream's function this event instead.
 */
public final class StreamEvents {
    private StreamEvents() {}

    /**
     * INSERT records of these items, in order.
     *
     * @param keyAttributes the table's key attribute names (the records' {@code Keys})
     * @param viewType the table's {@code StreamViewType}: which images the records carry
     * @param firstSequenceNumber the first record's sequence number, the next ones counting up
     */
    public static DynamodbEvent inserts(
            List<Map<String, AttributeValue>> items,
            List<String> keyAttributes,
            StreamViewType viewType,
            long firstSequenceNumber) {
        List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>();
        long sequence = firstSequenceNumber;
        for (Map<String, AttributeValue> item : items) {
            Map<String, AttributeValue> keys = new LinkedHashMap<>();
            keyAttributes.forEach(name -> keys.put(name, item.get(name)));
            StreamRecord stream = new StreamRecord()
                    .withKeys(toStream(keys))
                    .withSequenceNumber(Long.toString(sequence++))
                    .withStreamViewType(viewType);
            if (viewType == StreamViewType.NEW_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES) {
                stream.setNewImage(toStream(item));
            }
            DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
            record.setEventID(UUID.randomUUID().toString());
            record.setEventName("INSERT");
            record.setEventVersion("1.1");
            record.setEventSource("aws:dynamodb");
            record.setAwsRegion(DynamoDbEmulator.REGION);
            record.setDynamodb(stream);
            records.add(record);
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        return event;
    }

    private static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> toStream(
            Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image =
                new LinkedHashMap<>();
        item.forEach((name, value) -> image.put(name, toStream(value)));
        return image;
    }

    /** The SDK's attribute value in the Lambda events' model, every DynamoDB type included. */
    static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue toStream(AttributeValue value) {
        var converted = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
        switch (value.type()) {
            case S -> converted.setS(value.s());
            case N -> converted.setN(value.n());
            case B -> converted.setB(ByteBuffer.wrap(value.b().asByteArray()));
            case BOOL -> converted.setBOOL(value.bool());
            case NUL -> converted.setNULL(Boolean.TRUE);
            case SS -> converted.setSS(value.ss());
            case NS -> converted.setNS(value.ns());
            case BS ->
                converted.setBS(value.bs().stream()
                        .map(bytes -> ByteBuffer.wrap(bytes.asByteArray()))
                        .toList());
            case M -> converted.setM(toStream(value.m()));
            case L ->
                converted.setL(value.l().stream().map(StreamEvents::toStream).toList());
            default -> throw new IllegalArgumentException("Unknown DynamoDB attribute type: " + value.type());
        }
        return converted;
    }
}
