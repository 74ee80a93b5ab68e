package fr.conciergeriesolidaire.local.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.functions.LocalFunctions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The runner's table streams (dynalite has none) hand the subscribed function what AWS would: an INSERT record per
 * new item, with the images the table's StreamViewType carries, here none but the keys.
 */
class StreamPollerIT {
    private static final String TEMPLATE = """
            Resources:
              Things:
                Type: AWS::DynamoDB::Table
                Properties:
                  BillingMode: PAY_PER_REQUEST
                  AttributeDefinitions: [{AttributeName: reference, AttributeType: S}]
                  KeySchema: [{AttributeName: reference, KeyType: HASH}]
                  StreamSpecification: {StreamViewType: KEYS_ONLY}
              Notifier:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: fr.conciergeriesolidaire.local.streams.RecordingStreamHandler::handleRequest
                  Events:
                    NewThings:
                      Type: DynamoDB
                      Properties:
                        Stream: !GetAtt Things.StreamArn
                        StartingPosition: TRIM_HORIZON
                        BatchSize: 10
                        FunctionResponseTypes: [ReportBatchItemFailures]
            """;

    @TempDir
    Path folder;

    @Test
    void givenAKeysOnlyStreamThenTheFunctionGetsANewItemsKeysAndNoImage() throws Exception {
        Path file = Files.writeString(folder.resolve("template.yaml"), TEMPLATE);
        SamTemplate template = SamTemplate.read(file);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Emulators emulators = Emulators.startInMemory()) {
            Map<String, String> tables = emulators.dynamoDb().createTables(template, id -> "streams-" + id);
            LocalFunctions functions =
                    LocalFunctions.build(template, tables, emulators.clientEnvironment(), Optional.empty());
            try (StreamPoller streams = StreamPoller.start(
                    template,
                    functions,
                    tables,
                    emulators.dynamoDb().client(),
                    new PrintStream(log, true, StandardCharsets.UTF_8))) {
                emulators
                        .dynamoDb()
                        .client()
                        .putItem(put -> put.tableName(tables.get("Things"))
                                .item(Map.of(
                                        "reference", AttributeValue.fromS("CS-1"),
                                        "email", AttributeValue.fromS("alice@exemple.fr"))));

                streams.wake();
                DynamodbEvent.DynamodbStreamRecord record = RecordingStreamHandler.RECORDS.poll(30, TimeUnit.SECONDS);

                assertThat(record).as(log.toString(StandardCharsets.UTF_8)).isNotNull();
                assertThat(record.getEventName()).isEqualTo("INSERT");
                assertThat(record.getDynamodb().getStreamViewType()).isEqualTo("KEYS_ONLY");
                assertThat(record.getDynamodb().getKeys()).containsOnlyKeys("reference");
                assertThat(record.getDynamodb().getKeys().get("reference").getS())
                        .isEqualTo("CS-1");
                assertThat(record.getDynamodb().getNewImage()).isNull();
                assertThat(record.getDynamodb().getOldImage()).isNull();
            }
        }
    }
}
