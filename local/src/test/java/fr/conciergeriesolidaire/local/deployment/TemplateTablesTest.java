package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.emulators.TableDefinitions;
import fr.conciergeriesolidaire.local.Repository;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * The tables: what AWS keeps (billing, encryption, expiry, backups) and what the code relies on. The keys of each
 * table are checked against the mappers in TemplateContractTest (functions); here, that the local runner and
 * the tests create exactly the template's keys and indexes, and that every index the code queries exists.
 */
class TemplateTablesTest {
    /** The programme (kept: past events stay on the site) and the count of its changes hold no personal data. */
    private static final Set<String> WITHOUT_PERSONAL_DATA =
            Set.of("EventsTable", "PublicationTable", "ParticipationTable");

    private final SamTemplate template = Repository.template();

    @Test
    void everyTableIsOnDemandEncryptedExpiresItsItemsAndKeepsBackupsWhenRetained() {
        assertThat(template.tables()).isNotEmpty();
        template.resources().values().stream()
                .filter(resource -> resource.type().equals("AWS::DynamoDB::Table"))
                .forEach(table -> {
                    Map<String, Object> properties = table.properties();
                    String id = table.logicalId();
                    assertThat(properties.get("BillingMode")).as(id).isEqualTo("PAY_PER_REQUEST");
                    assertThat(SamTemplate.map(properties.get("SSESpecification"))
                                    .get("SSEEnabled"))
                            .as(id)
                            .isEqualTo(true);
                    if (!WITHOUT_PERSONAL_DATA.contains(id)) {
                        assertThat(SamTemplate.map(properties.get("TimeToLiveSpecification")))
                                .as(id + ": personal data expires")
                                .containsEntry("Enabled", true)
                                .containsKey("AttributeName");
                    }
                    if ("Retain".equals(table.definition().get("DeletionPolicy"))) {
                        assertThat(SamTemplate.map(properties.get("PointInTimeRecoverySpecification"))
                                        .get("PointInTimeRecoveryEnabled"))
                                .as(id + " is kept, so restorable")
                                .isEqualTo(true);
                    }
                });
    }

    @Test
    void thePrivacyPageTellsHowLongTheBackupsOfTheTablesKeepACopy() throws Exception {
        Set<Object> backupDays = template.tables().values().stream()
                .map(properties -> SamTemplate.map(properties.get("PointInTimeRecoverySpecification")))
                .filter(recovery -> Boolean.TRUE.equals(recovery.get("PointInTimeRecoveryEnabled")))
                .map(recovery -> recovery.get("RecoveryPeriodInDays"))
                .collect(Collectors.toSet());
        assertThat(backupDays).as("one stated period for every backed-up table").containsExactly(35);

        String privacy = Jsoup.parse(
                        Repository.layout()
                                .siteOutput()
                                .resolve("confidentialite/index.html")
                                .toFile(),
                        "UTF-8")
                .wholeText();

        assertThat(privacy).contains(backupDays.iterator().next() + "\u00a0derniers jours");
    }

    @Test
    void everyDeclaredAttributeIsAKeyAndEveryKeyIsDeclared() {
        template.tables().forEach((id, properties) -> {
            Set<String> declared = SamTemplate.list(properties.get("AttributeDefinitions")).stream()
                    .map(attribute -> String.valueOf(SamTemplate.map(attribute).get("AttributeName")))
                    .collect(Collectors.toSet());
            Set<String> keys = new HashSet<>(keyNames(properties.get("KeySchema")));
            SamTemplate.list(properties.get("GlobalSecondaryIndexes"))
                    .forEach(
                            index -> keys.addAll(keyNames(SamTemplate.map(index).get("KeySchema"))));
            assertThat(declared).as(id).isEqualTo(keys);
        });
    }

    @Test
    void theTablesCreatedLocallyHaveTheTemplatesKeysAndIndexes() {
        Map<String, CreateTableRequest> created = TableDefinitions.from(template, id -> id);

        template.tables().forEach((id, properties) -> {
            CreateTableRequest request = created.get(id);
            assertThat(request.keySchema().stream().map(KeySchemaElement::attributeName))
                    .as(id)
                    .containsExactlyElementsOf(keyNames(properties.get("KeySchema")));
            assertThat(request.globalSecondaryIndexes().stream().map(GlobalSecondaryIndex::indexName))
                    .as(id)
                    .containsExactlyElementsOf(indexNames(properties));
        });
    }

    @Test
    void everyIndexTheCodeQueriesExistsInTheTemplate() {
        Set<String> indexes = template.tables().values().stream()
                .flatMap(properties -> indexNames(properties).stream())
                .collect(Collectors.toSet());

        assertThat(CompiledFunctions.read().queriedIndexes)
                .isNotEmpty()
                .allSatisfy(index -> assertThat(indexes).contains(index));
    }

    @Test
    void everyTableIsUsedByAFunctionAndEveryStreamedTableHasAStream() {
        Set<String> referenced = new HashSet<>();
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            template.environment(function.logicalId(), intrinsic -> {
                referenced.add(intrinsic.reference());
                return "";
            });
            function.eventsOfType("DynamoDB").forEach(stream -> {
                String table = String.valueOf(
                                ((SamTemplate.Intrinsic) stream.properties().get("Stream")).value())
                        .replace(".StreamArn", "");
                assertThat(SamTemplate.map(template.tables().get(table).get("StreamSpecification")))
                        .as(table)
                        .containsKey("StreamViewType");
            });
        }
        assertThat(referenced).containsAll(template.tables().keySet());
    }

    @Test
    void theStreamsCarryOnlyKeysWhichIsAllTheFunctionsRead() {
        Map<String, Object> streamed = new java.util.TreeMap<>();
        template.tables().forEach((id, properties) -> {
            if (properties.containsKey("StreamSpecification")) {
                streamed.put(
                        id,
                        SamTemplate.map(properties.get("StreamSpecification")).get("StreamViewType"));
            }
        });

        // No personal data in the streams (Lambda may log or dead-letter their records): the notifier reads the item,
        // the publisher only needs to know that the programme changed, the sign-in and "Mes données" mailers read the
        // request.
        assertThat(streamed)
                .containsOnlyKeys(
                        "OrdersTable",
                        "SubscriptionsTable",
                        "PublicationTable",
                        "SignInRequestsTable",
                        "MyDataRequestsTable",
                        "RegistrationsTable");
        assertThat(streamed.values()).containsOnly("KEYS_ONLY");
        assertThat(CompiledFunctions.read().streamImageReaders)
                .as("classes reading a stream image that a KEYS_ONLY stream does not carry")
                .isEmpty();
    }

    private static List<String> keyNames(Object schema) {
        return SamTemplate.list(schema).stream()
                .map(key -> String.valueOf(SamTemplate.map(key).get("AttributeName")))
                .toList();
    }

    private static List<String> indexNames(Map<String, Object> properties) {
        return SamTemplate.list(properties.get("GlobalSecondaryIndexes")).stream()
                .map(index -> String.valueOf(SamTemplate.map(index).get("IndexName")))
                .toList();
    }
}
