package fr.conciergeriesolidaire.emulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** dynalite's files on disk (the local runner's tables: names, addresses, phone numbers) are its owner's only. */
class PersistentDataIT {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    @TempDir
    Path folder;

    @Test
    void givenAPersistentDynaliteThenEveryFileItWritesIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path data = folder.resolve("dynamodb");
        NodeTools tools = NodeTools.ofRepository().requireNode().ensureInstalled();
        try (DynamoDbEmulator dynamoDb = DynamoDbEmulator.persistentIn(tools, data)) {
            dynamoDb.start();
            dynamoDb.client()
                    .createTable(create -> create.tableName("things")
                            .keySchema(KeySchemaElement.builder()
                                    .attributeName("id")
                                    .keyType(KeyType.HASH)
                                    .build())
                            .attributeDefinitions(AttributeDefinition.builder()
                                    .attributeName("id")
                                    .attributeType(ScalarAttributeType.S)
                                    .build())
                            .billingMode(BillingMode.PAY_PER_REQUEST));
            dynamoDb.client()
                    .putItem(put -> put.tableName("things")
                            .item(Map.of(
                                    "id", AttributeValue.fromS("1"), "phone", AttributeValue.fromS("0611223344"))));
        }

        List<Path> written;
        try (Stream<Path> paths = Files.walk(data)) {
            written = paths.toList();
        }
        assertThat(written).hasSizeGreaterThan(2);
        for (Path path : written) {
            assertThat(Files.getPosixFilePermissions(path))
                    .as(folder.relativize(path).toString())
                    .doesNotContainAnyElementsOf(OTHERS);
        }
    }
}
