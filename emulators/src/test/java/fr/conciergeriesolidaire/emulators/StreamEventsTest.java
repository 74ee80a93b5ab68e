package fr.conciergeriesolidaire.emulators;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The records a stream would deliver carry the images its view type names, and nothing more. */
class StreamEventsTest {
    private static final List<Map<String, AttributeValue>> ITEMS = List.of(
            Map.of("reference", AttributeValue.fromS("CS-1"), "email", AttributeValue.fromS("alice@exemple.fr")),
            Map.of("reference", AttributeValue.fromS("CS-2"), "email", AttributeValue.fromS("bruno@exemple.fr")));

    @Test
    void givenAKeysOnlyStreamThenEachInsertCarriesItsKeysAndNoImage() {
        DynamodbEvent event = StreamEvents.inserts(ITEMS, List.of("reference"), StreamViewType.KEYS_ONLY, 7);

        assertThat(event.getRecords()).hasSize(2).allSatisfy(record -> {
            assertThat(record.getEventName()).isEqualTo("INSERT");
            StreamRecord stream = record.getDynamodb();
            assertThat(stream.getStreamViewType()).isEqualTo("KEYS_ONLY");
            assertThat(stream.getKeys()).containsOnlyKeys("reference");
            assertThat(stream.getNewImage()).isNull();
            assertThat(stream.getOldImage()).isNull();
        });
        assertThat(event.getRecords()
                        .get(1)
                        .getDynamodb()
                        .getKeys()
                        .get("reference")
                        .getS())
                .isEqualTo("CS-2");
        assertThat(event.getRecords().get(1).getDynamodb().getSequenceNumber()).isEqualTo("8");
    }

    @Test
    void givenANewImageStreamThenEachInsertCarriesTheWholeItem() {
        DynamodbEvent event = StreamEvents.inserts(ITEMS, List.of("reference"), StreamViewType.NEW_IMAGE, 1);

        assertThat(event.getRecords().get(0).getDynamodb().getNewImage()).containsOnlyKeys("reference", "email");
    }
}
