package fr.conciergeriesolidaire.functions.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules that keep the functions readable: handlers translate, the rest is behind small interfaces. */
@AnalyzeClasses(packages = "fr.conciergeriesolidaire.functions", importOptions = ImportOption.DoNotIncludeTests.class)
class HandlerArchitectureTest {
    @ArchTest
    static final ArchRule HANDLERS_NEVER_TOUCH_THE_AWS_SDK = noClasses()
            .that()
            .haveSimpleNameEndingWith("Handler")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("software.amazon.awssdk..")
            .because(
                    "handlers only translate events; storage and mail live behind the order and notification services");

    @ArchTest
    static final ArchRule RULES_AND_FORMATS_ARE_FREE_OF_INFRASTRUCTURE = noClasses()
            .that()
            .resideInAnyPackage("..functions.validation..", "..functions.http..")
            .should()
            .dependOnClassesThat(resideInAPackage("software.amazon.awssdk..")
                    // The SDK's copy of Jackson core is a JSON parser, not AWS: http.Json reads with it (cold start).
                    .and(not(resideInAPackage("software.amazon.awssdk.thirdparty.jackson.core.."))))
            .because("validation and HTTP translation must be testable without AWS");

    @ArchTest
    static final ArchRule ONLY_CONFIG_BUILDS_CLIENTS = noClasses()
            .that()
            .resideOutsideOfPackage("..functions.config..")
            .should()
            .callMethod(software.amazon.awssdk.services.dynamodb.DynamoDbClient.class, "builder")
            .orShould()
            .callMethod(software.amazon.awssdk.services.sesv2.SesV2Client.class, "builder")
            .because("clients are built once, from the environment, in one place");

    @ArchTest
    static final ArchRule RATE_LIMITS_KEY_ON_THE_CLIENT_NOT_ON_A_PROXY = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(fr.conciergeriesolidaire.functions.http.ClientAddress.class.getName())
            .should()
            .callMethod(fr.conciergeriesolidaire.functions.http.HttpRequest.class, "sourceIp")
            .because("behind CloudFront the source address is CloudFront's: ClientAddress decides whom to key on");
}
