package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.emulators.Emulators;
import fr.conciergeriesolidaire.emulators.S3Emulator;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.http.OriginGate;
import fr.conciergeriesolidaire.local.LocalPlatform;
import fr.conciergeriesolidaire.local.Repository;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The environment variables the compiled functions read (found in their bytecode) and those template.yaml sets
 * agree. Which function reads which is proven at run time: the handlers start with exactly the template's
 * environment in TemplateContractTest, the integration tests and the local runner.
 */
class TemplateEnvironmentTest {
    /** Set by Lambda itself in every function. */
    private static final Set<String> SET_BY_LAMBDA = Set.of("AWS_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
    /** Emulator endpoints and the runner's own address for e-mailed links: local runs and tests only, never deployed. */
    private static final Set<String> LOCAL_ONLY =
            Set.of(Emulators.DYNAMODB_ENDPOINT, Emulators.SES_ENDPOINT, S3Emulator.S3_ENDPOINT, LocalPlatform.SITE_URL);
    /** Optional settings with a default in the code. */
    private static final Set<String> TUNING = Set.of(
            "ORDER_RATE_LIMIT",
            "SUBSCRIPTION_RATE_LIMIT",
            "CONFIRMATION_LIMIT",
            "PROPOSAL_RATE_LIMIT",
            "REGISTRATION_RATE_LIMIT");
    /** Read by the JVM, not by our code. */
    private static final Set<String> FOR_THE_JVM = Set.of("JAVA_TOOL_OPTIONS");

    private final SamTemplate template = Repository.template();
    private final CompiledFunctions compiled = CompiledFunctions.read();

    @Test
    void theCodeReadsVariablesOnlyByConstantNamesThroughEnvironment() {
        // The scan sees the variables it must see (region of every client, the secret CloudFront sends).
        assertThat(compiled.variables)
                .extracting(CompiledFunctions.VariableRead::variable)
                .contains("AWS_REGION", OriginGate.ORIGIN_SECRET_VARIABLE)
                // and the publisher's, read from its own jar
                .contains("EVENTS_TABLE", "SITE_BUCKET", "DISTRIBUTION_ID");
        assertThat(compiled.variables)
                .as("a variable read by a computed name cannot be checked")
                .allSatisfy(
                        read -> assertThat(read.variable()).as(read.className()).isNotNull());
        assertThat(compiled.violations).isEmpty();
    }

    @Test
    void everyVariableTheCodeRequiresIsSetByTheTemplateOrByLambda() {
        Set<String> defined = definedByTemplate().keySet();
        Set<String> required = names(true);
        required.removeAll(SET_BY_LAMBDA);

        assertThat(defined).containsAll(required);
    }

    @Test
    void everyOptionalVariableIsSetByTheTemplateOrIsALocalOrTuningOne() {
        Set<String> optional = names(false);
        optional.removeAll(definedByTemplate().keySet());
        optional.removeAll(SET_BY_LAMBDA);
        optional.removeAll(LOCAL_ONLY);
        optional.removeAll(TUNING);

        assertThat(optional).isEmpty();
    }

    @Test
    void theTemplateSetsNoVariableTheCodeIgnoresAndNeverAnEmulatorEndpoint() {
        Set<String> read = compiled.variables.stream()
                .map(CompiledFunctions.VariableRead::variable)
                .collect(Collectors.toSet());
        Set<String> unread = new HashSet<>(definedByTemplate().keySet());
        unread.removeAll(read);
        unread.removeAll(FOR_THE_JVM);

        assertThat(unread).isEmpty();
        assertThat(definedByTemplate().keySet()).doesNotContainAnyElementsOf(LOCAL_ONLY);
    }

    @Test
    void everyVariableOfAFunctionIsAReferenceToTheStackNotAValueTypedTwice() {
        definedByTemplate().forEach((name, values) -> {
            if (!FOR_THE_JVM.contains(name)) {
                // !GetAtt: an attribute of a resource of the stack (the distribution's domain, for the publisher).
                assertThat(values).as(name).allMatch(value -> value.equals("!Ref") || value.equals("!GetAtt"));
            }
        });
    }

    private Set<String> names(boolean required) {
        return compiled.variables.stream()
                .filter(read -> read.required() == required)
                .map(CompiledFunctions.VariableRead::variable)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Each variable some function gets, with how its values are written (an intrinsic's tag, or "literal"). */
    private Map<String, Set<String>> definedByTemplate() {
        Map<String, Set<String>> defined = new java.util.TreeMap<>();
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            Map<String, String> environment = template.environment(function.logicalId(), SamTemplate.Intrinsic::tag);
            environment.forEach((name, value) -> defined.computeIfAbsent(name, key -> new HashSet<>())
                    .add(value.startsWith("!") ? value : "literal"));
        }
        return defined;
    }
}
