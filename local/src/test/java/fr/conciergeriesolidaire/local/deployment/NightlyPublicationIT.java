package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.programme.publication.ProgrammeChanges;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The nightly schedule and the deployment workflow start the publisher with the very update ProgrammeChanges makes
 * (one more change, its time): the schedule's target input, run against dynalite, is counted as a change, and the
 * workflow sends the same expression. No code of ours runs for them in AWS, so this is where they are checked.
 */
class NightlyPublicationIT {
    private final SamTemplate template = Repository.template();

    private Map<String, Object> target() {
        return SamTemplate.map(
                template.resources().get("NightlyPublication").properties().get("Target"));
    }

    private JsonNode input(String table, Instant at) throws IOException {
        String input = String.valueOf(((SamTemplate.Intrinsic) target().get("Input")).value())
                .replace("${PublicationTable}", table)
                .replace("<aws.scheduler.scheduled-time>", at.toString());
        return new ObjectMapper().readTree(input);
    }

    @Test
    void givenTheScheduleTargetsInput_whenRunAsTheUpdateItemItNames_thenOneMoreChangeIsCounted() throws IOException {
        assertThat(String.valueOf(((SamTemplate.Intrinsic) target().get("Arn")).value()))
                .endsWith(":aws-sdk:dynamodb:updateItem");
        try (Emulators emulators = Emulators.startInMemory()) {
            String table = emulators
                    .dynamoDb()
                    .createTables(template, id -> "nightly-" + id)
                    .get("PublicationTable");
            ProgrammeChanges changes = new ProgrammeChanges(emulators.dynamoDb().client(), table);
            changes.record(Instant.parse("2026-12-01T10:00:00Z"));
            Instant night = Instant.parse("2026-12-02T02:05:00Z");
            JsonNode update = input(table, night);

            emulators
                    .dynamoDb()
                    .client()
                    .updateItem(request -> request.tableName(
                                    update.path("TableName").asText())
                            .key(attributes(update.path("Key")))
                            .updateExpression(update.path("UpdateExpression").asText())
                            .expressionAttributeNames(names(update.path("ExpressionAttributeNames")))
                            .expressionAttributeValues(attributes(update.path("ExpressionAttributeValues"))));

            assertThat(changes.read()).isEqualTo(new ProgrammeChanges.Count(2, night));
        }
    }

    @Test
    void givenTheDeploymentWorkflow_whenItAsksForAPublish_thenItSendsTheSameUpdate() throws IOException {
        JsonNode update = input("table", Instant.EPOCH);
        String workflow = Files.readString(Repository.root().resolve(".github/workflows/deploy.yml"));

        assertThat(workflow)
                .contains("--update-expression '"
                        + update.path("UpdateExpression").asText() + "'")
                .contains("--key '"
                        + update.path("Key").toString().replace(":", ": ").replace(",", ", ") + "'");
    }

    private static Map<String, String> names(JsonNode node) {
        Map<String, String> names = new HashMap<>();
        node.properties()
                .forEach(entry -> names.put(entry.getKey(), entry.getValue().asText()));
        return names;
    }

    /** Attribute values as DynamoDB's JSON writes them ({"S": "…"} or {"N": "…"}). */
    private static Map<String, AttributeValue> attributes(JsonNode node) {
        Map<String, AttributeValue> values = new HashMap<>();
        node.properties()
                .forEach(entry -> values.put(
                        entry.getKey(),
                        entry.getValue().has("N")
                                ? AttributeValue.fromN(
                                        entry.getValue().path("N").asText())
                                : AttributeValue.fromS(
                                        entry.getValue().path("S").asText())));
        return values;
    }
}
