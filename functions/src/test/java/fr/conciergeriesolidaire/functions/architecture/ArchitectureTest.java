package fr.conciergeriesolidaire.functions.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.conciergeriesolidaire.functions.http.ClientAddress;
import fr.conciergeriesolidaire.functions.http.HttpRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Rules that keep the functions readable (functions/README.md): packages by feature on a small shared kernel, no
 * package cycles, handlers that only translate, AWS behind the interfaces the domain owns.
 */
@AnalyzeClasses(packages = "fr.conciergeriesolidaire.functions", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] KERNEL = {
        "..functions.forms..",
        "..functions.http..",
        "..functions.outbox..",
        "..functions.aws..",
        "..functions.records..",
        "..functions.templates..",
        "..functions.snapstart..",
        "..functions.catalog..",
        "..functions.access..",
        "..functions.screens..",
        "..functions.audit..",
        "..functions.privacy.."
    };

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("fr.conciergeriesolidaire.functions.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a reader follows dependencies one way: features on the kernel, the kernel on nothing above");

    @ArchTest
    static final ArchRule THE_KERNEL_KNOWS_NO_FEATURE = noClasses()
            .that()
            .resideInAnyPackage(KERNEL)
            .should()
            .dependOnClassesThat(
                    resideInAPackage("fr.conciergeriesolidaire.functions..").and(not(resideInAnyPackage(KERNEL))))
            .because("shared packages serve every feature, and a new feature touches none of them");

    @ArchTest
    static final ArchRule FEATURES_ARE_INDEPENDENT = slices().matching("fr.conciergeriesolidaire.functions.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(resideInAnyPackage(KERNEL), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAnyPackage(KERNEL))
            .because("each feature is read on its own, from its handler to its store, on the shared kernel");

    @ArchTest
    static final ArchRule HANDLERS_NEVER_TOUCH_THE_AWS_SDK = noClasses()
            .that()
            .haveSimpleNameEndingWith("Handler")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("software.amazon.awssdk..")
            .because("handlers only translate events; storage and mail live behind the services' interfaces");

    @ArchTest
    static final ArchRule ONLY_THE_AWS_PACKAGE_BUILDS_CLIENTS = noClasses()
            .that()
            .resideOutsideOfPackage("..functions.aws..")
            .should()
            .callMethod(DynamoDbClient.class, "builder")
            .orShould()
            .callMethod(SesV2Client.class, "builder")
            .because("clients are built once, from the environment, in one place (aws.AwsClients)");

    @ArchTest
    static final ArchRule RULES_PAGES_AND_OUTBOX_ARE_FREE_OF_AWS = noClasses()
            .that()
            .resideInAnyPackage(
                    "..functions.forms..",
                    "..functions.http..",
                    "..functions.outbox..",
                    "..functions.records..",
                    "..functions.templates..",
                    "..functions.access..",
                    "..functions.screens..",
                    "..functions.audit..",
                    "..functions.privacy..")
            .should()
            .dependOnClassesThat(resideInAPackage("software.amazon.awssdk..")
                    // The SDK's copy of Jackson core is a JSON parser, not AWS: forms.Json reads with it (cold start).
                    .and(not(resideInAPackage("software.amazon.awssdk.thirdparty.jackson.core.."))))
            .because("validation, answers and the notifier's logic must be testable without AWS");

    @ArchTest
    static final ArchRule RATE_LIMITS_KEY_ON_THE_CLIENT_NOT_ON_A_PROXY = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(ClientAddress.class.getName())
            .should()
            .callMethod(HttpRequest.class, "sourceIp")
            .because("behind CloudFront the source address is CloudFront's: ClientAddress decides whom to key on");
}
