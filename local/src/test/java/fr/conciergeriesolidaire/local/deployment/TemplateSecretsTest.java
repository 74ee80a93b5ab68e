package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.Repository;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Where the secrets come from (README, "Secrets"): parameters that CloudFormation never echoes, given to the functions
 * that need them through their environment only, never written to an output, a log or another resource, and the
 * written threat model that says why not SSM (its measured cold-start cost).
 */
class TemplateSecretsTest {
    private static final List<String> SECRETS = List.of("HashSecret", "OriginSecret");

    private final SamTemplate template = Repository.template();

    @Test
    void theSecretsAreNoEchoParametersOfAtLeast32Characters() {
        Map<String, Object> parameters = SamTemplate.map(template.document().get("Parameters"));
        for (String secret : SECRETS) {
            Map<String, Object> parameter = SamTemplate.map(parameters.get(secret));
            assertThat(parameter).as(secret).containsEntry("NoEcho", true).containsEntry("MinLength", 32);
            assertThat(parameter).as(secret).doesNotContainKey("Default");
        }
    }

    @Test
    void theSecretsReachTheFunctionsOnlyThroughTheirEnvironmentAndCloudFrontsOriginHeader() {
        Map<String, Object> resources = SamTemplate.map(template.document().get("Resources"));
        resources.forEach((id, resource) -> {
            Map<String, Object> definition = SamTemplate.map(resource);
            String type = String.valueOf(definition.get("Type"));
            Map<String, Object> properties = SamTemplate.map(definition.get("Properties"));
            for (String secret : SECRETS) {
                if (!mentions(properties, secret)) {
                    continue;
                }
                if (type.equals("AWS::Serverless::Function")) {
                    assertThat(mentions(SamTemplate.map(properties.get("Environment")), secret))
                            .as(id + " reads " + secret + " from its environment only")
                            .isTrue();
                    properties.entrySet().stream()
                            .filter(property -> !property.getKey().equals("Environment"))
                            .forEach(property -> assertThat(mentions(property.getValue(), secret))
                                    .as(id + "." + property.getKey())
                                    .isFalse());
                } else {
                    assertThat(id + " " + secret).isEqualTo("SiteDistribution OriginSecret");
                }
            }
        });
        assertThat(mentions(template.document().get("Outputs"), "HashSecret")).isFalse();
        assertThat(mentions(template.document().get("Outputs"), "OriginSecret")).isFalse();
    }

    @Test
    void theReadmeSaysWhyTheyAreNotReadFromSsmWithTheMeasuredCost() throws Exception {
        String readme = Files.readString(Repository.root().resolve("README.md"));

        assertThat(readme).contains("### Secrets", "SecretsCostProbe", "lambda:GetFunctionConfiguration");
    }

    private static boolean mentions(Object node, String parameter) {
        if (node instanceof SamTemplate.Intrinsic intrinsic) {
            return parameter.equals(intrinsic.reference())
                    || Objects.toString(intrinsic.value()).contains(parameter);
        }
        if (node instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(value -> mentions(value, parameter));
        }
        if (node instanceof List<?> list) {
            return list.stream().anyMatch(value -> mentions(value, parameter));
        }
        return false;
    }
}
