package fr.conciergeriesolidaire.emulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

class SamTemplateTest {
    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Secret: {Type: String, Default: s3cr3t}
            Globals:
              Function:
                Environment:
                  Variables:
                    SHARED: everywhere
            Resources:
              ThingsTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  BillingMode: PAY_PER_REQUEST
                  AttributeDefinitions:
                    - {AttributeName: id, AttributeType: S}
                    - {AttributeName: due, AttributeType: S}
                  KeySchema: [{AttributeName: id, KeyType: HASH}]
                  GlobalSecondaryIndexes:
                    - IndexName: by-due
                      KeySchema: [{AttributeName: due, KeyType: HASH}]
                      Projection: {ProjectionType: KEYS_ONLY}
                  TimeToLiveSpecification: {AttributeName: expiresAt, Enabled: true}
                  StreamSpecification: {StreamViewType: NEW_IMAGE}
              ThingFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: org.example.ThingHandler::handleRequest
                  Environment:
                    Variables:
                      TABLE: !Ref ThingsTable
                      SECRET: !Ref Secret
                      ARN: !GetAtt ThingsTable.Arn
                  Events:
                    Post:
                      Type: HttpApi
                      Properties: {Path: /api/things, Method: post}
                    Stream:
                      Type: DynamoDB
                      Properties:
                        Stream: !GetAtt ThingsTable.StreamArn
            """;

    @TempDir
    Path folder;

    @Test
    void tablesFunctionsRoutesAndEnvironmentAreReadDespiteShortFormTags() throws Exception {
        Path file = folder.resolve("template.yaml");
        Files.writeString(file, TEMPLATE);
        SamTemplate template = SamTemplate.read(file);

        Map<String, CreateTableRequest> tables = TableDefinitions.from(template, id -> "local-" + id);
        CreateTableRequest things = tables.get("ThingsTable");
        assertThat(things.tableName()).isEqualTo("local-ThingsTable");
        assertThat(things.keySchema())
                .singleElement()
                .satisfies(key -> assertThat(key.attributeName()).isEqualTo("id"));
        assertThat(things.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("by-due");
            assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
        });

        assertThat(template.functions()).singleElement().satisfies(function -> {
            assertThat(function.handlerClass()).isEqualTo("org.example.ThingHandler");
            assertThat(function.routes()).containsExactly(new SamTemplate.HttpRoute("POST", "/api/things"));
        });
        Map<String, String> environment = template.environment(
                "ThingFunction",
                intrinsic -> intrinsic.reference() == null
                        ? "unresolved " + intrinsic.tag()
                        : intrinsic.reference().equals("Secret")
                                ? template.parameterDefault("Secret")
                                : "local-" + intrinsic.reference());
        assertThat(environment)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "SHARED",
                        "everywhere",
                        "TABLE",
                        "local-ThingsTable",
                        "SECRET",
                        "s3cr3t",
                        "ARN",
                        "unresolved !GetAtt"));
    }
}
