package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.NodeScript;
import fr.conciergeriesolidaire.local.Repository;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub workflows, checked by GitHub's own parser (@actions/workflow-parser, run by Node), then for what they
 * must do: test with JDK 17 and Node 20, test again against LocalStack, deploy main with an OIDC role.
 */
class WorkflowsTest {
    private static final Path WORKFLOWS = Repository.root().resolve(".github/workflows");

    @TempDir
    Path folder;

    @Test
    void givenTheRepositorysWorkflowsThenGitHubsParserFindsNoError() throws IOException {
        List<String> files;
        try (Stream<Path> workflows = Files.list(WORKFLOWS)) {
            files = workflows
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".yml"))
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSize(2);

        NodeScript.Result result = NodeScript.run("validate-workflows.mjs", "", files.toArray(String[]::new));

        assertThat(result.lines()).isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void givenABrokenWorkflowThenEachErrorIsReportedWithItsLineAndColumn() throws IOException {
        Path broken = folder.resolve("broken.yml");
        Files.writeString(broken, """
                on: push
                jobs:
                  build:
                    runs_on: ubuntu-24.04
                    steps:
                      - run: echo ${{ secret.TOKEN }}
                """);

        NodeScript.Result result = NodeScript.run("validate-workflows.mjs", "", broken.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.lines())
                .anyMatch(line -> line.matches(".*broken\\.yml:4:\\d+: Unexpected value 'runs_on'"))
                .anyMatch(line -> line.matches(".*broken\\.yml:6:\\d+: Unrecognized named-value: 'secret'.*"));
    }

    @Test
    void ciVerifiesWithJdk17AndNode20ThenRunsTheSameSuitesAgainstLocalStack() throws IOException {
        Map<String, Object> jobs = SamTemplate.map(workflow("ci.yml").get("jobs"));
        String verify = jobs.get("verify").toString();
        assertThat(verify)
                .contains("java-version=17", "node-version=20", "cache=maven", "cache=npm", "./mvnw -B verify");

        Map<String, Object> localStack = SamTemplate.map(jobs.get("localstack"));
        assertThat(SamTemplate.map(localStack.get("services")).toString()).contains("localstack/localstack");
        assertThat(SamTemplate.map(localStack.get("env"))).containsKeys("DYNAMODB_ENDPOINT", "SES_ENDPOINT");
        assertThat(localStack.toString()).contains("./mvnw -B verify");
    }

    @Test
    void deployTestsThenDeploysMainNightlyAndOnDemandWithAnOidcRole() throws IOException {
        Map<String, Object> deploy = workflow("deploy.yml");
        // SnakeYAML reads the key "on" as the boolean true (YAML 1.1).
        String triggers = String.valueOf(deploy.getOrDefault("on", deploy.get("true")));
        assertThat(triggers).contains("branches=[main]", "schedule", "cron", "workflow_dispatch");

        Map<String, Object> job =
                SamTemplate.map(SamTemplate.map(deploy.get("jobs")).get("deploy"));
        assertThat(job.get("needs")).isEqualTo("test");
        assertThat(SamTemplate.map(job.get("permissions"))).containsEntry("id-token", "write");
        assertThat(job.toString())
                .contains("aws-actions/configure-aws-credentials", "role-to-assume")
                .contains("sam deploy", "aws dynamodb update-item")
                // The publisher uploads and invalidates: the workflow only counts one more programme change.
                .doesNotContain("aws s3", "create-invalidation");
        // Every parameter of the template can be set from the repository's settings.
        assertThat(job.toString())
                .contains(Repository.template().parameters().stream()
                        .map(parameter -> parameter + "=$")
                        .toList());
        // The functions' e-mails go through the stack's configuration set, which publishes bounces and complaints.
        assertThat(job.toString())
                .contains("put-email-identity-configuration-set-attributes", "MailConfigurationSetName");
    }

    private static Map<String, Object> workflow(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(WORKFLOWS.resolve(name), StandardCharsets.UTF_8)) {
            return SamTemplate.map(new Yaml().load(reader));
        }
    }
}
