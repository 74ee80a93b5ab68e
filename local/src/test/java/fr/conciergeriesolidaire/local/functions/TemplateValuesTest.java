package fr.conciergeriesolidaire.local.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.StartupException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateValuesTest {
    private static final String TEMPLATE = """
            Parameters:
              Fixed: {Type: String, Default: fixe}
              Secret: {Type: String, NoEcho: true, MinLength: 32}
            Resources:
              Things:
                Type: AWS::DynamoDB::Table
            """;

    @TempDir
    Path folder;

    @Test
    void givenTablesParametersAndPseudoParametersThenEachHasALocalValue() throws Exception {
        SamTemplate template = template();
        TemplateValues values = new TemplateValues(
                template,
                Map.of("Things", "local-Things"),
                new LocalParameters(template, Optional.empty()),
                "eu-west-3");

        assertThat(values.resolve("F", ref("Things"))).isEqualTo("local-Things");
        assertThat(values.resolve("F", ref("Fixed"))).isEqualTo("fixe");
        assertThat(values.resolve("F", ref("Secret"))).hasSize(64).isEqualTo(values.resolve("F", ref("Secret")));
        assertThat(values.resolve("F", new SamTemplate.Intrinsic("!Sub", "${Things}@${AWS::Region}")))
                .isEqualTo("local-Things@eu-west-3");
        assertThatThrownBy(() -> values.resolve("F", new SamTemplate.Intrinsic("!GetAtt", "Things.Arn")))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("F : la valeur !GetAtt Things.Arn");
    }

    @Test
    void givenAParametersFileThenAGeneratedSecretSurvivesARestart() throws Exception {
        SamTemplate template = template();
        Path file = folder.resolve("data/parameters.properties");

        String first = new LocalParameters(template, Optional.of(file)).value("Secret");
        String again = new LocalParameters(template, Optional.of(file)).value("Secret");

        assertThat(again).isEqualTo(first);
        assertThat(new LocalParameters(template, Optional.empty()).value("Secret"))
                .isNotEqualTo(first);
    }

    @Test
    void givenAParametersFileThenOnlyItsOwnerCanReadItOrItsFolder() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path file = folder.resolve(".local-data/parameters.properties");

        new LocalParameters(template(), Optional.of(file)).value("Secret");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    private SamTemplate template() throws Exception {
        Path file = folder.resolve("template.yaml");
        Files.writeString(file, TEMPLATE);
        return SamTemplate.read(file);
    }

    private static SamTemplate.Intrinsic ref(String name) {
        return new SamTemplate.Intrinsic("!Ref", name);
    }
}
