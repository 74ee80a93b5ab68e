package fr.conciergeriesolidaire.functions.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Environment;
import fr.conciergeriesolidaire.functions.testing.ProjectTemplate;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * template.yaml and the code agree: every function's handler exists and starts with exactly the environment
 * the template gives it; the table keys, index, TTL attribute and stream match what the code writes.
 */
class TemplateContractTest {
    private final SamTemplate template = ProjectTemplate.read();

    @Test
    void everyFunctionStartsWithTheEnvironmentTheTemplateGivesIt() throws Exception {
        List<SamTemplate.FunctionDefinition> functions = template.functions();
        assertThat(functions)
                .extracting(SamTemplate.FunctionDefinition::logicalId)
                .contains(
                        "OrderSubmissionFunction",
                        "OrderConfirmationFunction",
                        "OrderNotifierFunction",
                        "OrderSweeperFunction",
                        "SubscriptionSubmissionFunction",
                        "SubscriptionConfirmationFunction",
                        "SubscriptionNotifierFunction",
                        "SubscriptionSweeperFunction");
        for (SamTemplate.FunctionDefinition function : functions) {
            if (packagedElsewhere(function)) {
                continue; // the publisher: its own package and tests (publisher module)
            }
            Class<?> handler = Class.forName(function.handlerClass());
            assertThat(RequestHandler.class).isAssignableFrom(handler);
            assertThat(function.handler()).endsWith("::handleRequest");
            Constructor<?> asLambdaBuildsIt = handler.getConstructor();
            // Building clients makes no call: this proves the variables are enough and correctly named.
            Environment.building(environment(function.logicalId()), () -> construct(asLambdaBuildsIt));
        }
    }

    @Test
    void eachFunctionIsNamedAfterItsHandler() {
        assertThat(template.functions())
                .allSatisfy(function -> assertThat(function.logicalId().replaceFirst("Function$", "Handler"))
                        .isEqualTo(simpleName(function.handlerClass())));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static Object construct(Constructor<?> constructor) {
        try {
            return constructor.newInstance();
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** A function with a CodeUri of its own is not in the functions' jar. */
    private boolean packagedElsewhere(SamTemplate.FunctionDefinition function) {
        Object own = template.functionProperty(function.logicalId(), "CodeUri");
        return !own.equals(template.globalFunctionProperty("CodeUri"));
    }

    @Test
    void theHttpRoutesAreTheContractOfTheSite() {
        assertThat(template.functions())
                .flatExtracting(SamTemplate.FunctionDefinition::routes)
                .containsExactlyInAnyOrder(
                        new SamTemplate.HttpRoute("POST", "/api/orders"),
                        new SamTemplate.HttpRoute("GET", "/api/orders/confirmation"),
                        new SamTemplate.HttpRoute("POST", "/api/subscriptions"),
                        new SamTemplate.HttpRoute("GET", "/api/subscriptions/confirmation"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/connexion"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/connexion"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/connexion/lien"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/connexion/lien"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/deconnexion"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/tableau-de-bord"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/membres"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/membres"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/membres/nouveau"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/membres/{memberId}"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/membres/{memberId}"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/membres/{memberId}/retrait"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/membres/{memberId}/sessions"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/commandes"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/tournee"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/commandes/{reference}"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/commandes/{reference}/prete"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/commandes/{reference}/remise"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/commandes/{reference}/annulation"),
                        new SamTemplate.HttpRoute("GET", "/api/partenaire/{jeton}"),
                        new SamTemplate.HttpRoute("POST", "/api/partenaire/{jeton}"),
                        // ---- residents (issue 16)
                        new SamTemplate.HttpRoute("GET", FollowUpLinks.PATH),
                        new SamTemplate.HttpRoute("GET", FollowUpLinks.CANCEL_PATH),
                        new SamTemplate.HttpRoute("POST", FollowUpLinks.CANCEL_PATH),
                        new SamTemplate.HttpRoute("GET", "/api/mes-donnees/demande"),
                        new SamTemplate.HttpRoute("POST", "/api/mes-donnees/demande"),
                        new SamTemplate.HttpRoute("GET", "/api/mes-donnees"),
                        new SamTemplate.HttpRoute("GET", "/api/mes-donnees/telechargement"),
                        new SamTemplate.HttpRoute("GET", "/api/mes-donnees/effacement"),
                        new SamTemplate.HttpRoute("POST", "/api/mes-donnees/effacement"),
                        new SamTemplate.HttpRoute("GET", "/api/mes-donnees/effacees"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/effacements"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/effacements"),
                        // ---- signups
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/adhesions"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/adhesions/{reference}"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/adhesions/{reference}/etape"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/adhesions/{reference}/notes"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/adhesions/{reference}/conditions"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/indicateurs"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/exports"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/exports"),
                        // ---- programme (issue 14)
                        new SamTemplate.HttpRoute("POST", "/api/propositions"),
                        new SamTemplate.HttpRoute("GET", "/api/propositions/confirmation"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/propositions"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/propositions/{reference}"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/propositions/{reference}"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/animations"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/animations"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/animations/nouvelle"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/animations/{slug}"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/animations/{slug}"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/animations/{slug}/report"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/animations/{slug}/report"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/animations/{slug}/annulation"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/animations/{slug}/annulation"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/animations/{slug}/copie"),
                        // ---- registrations (issue 15)
                        new SamTemplate.HttpRoute("POST", "/api/events/{event}/registrations"),
                        new SamTemplate.HttpRoute("GET", "/api/events/{event}/availability"),
                        new SamTemplate.HttpRoute("GET", "/api/registrations/confirmation"),
                        new SamTemplate.HttpRoute("GET", "/api/registrations/cancellation"),
                        new SamTemplate.HttpRoute("POST", "/api/registrations/cancellation"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/inscriptions"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/inscriptions/{event}"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/inscriptions/{event}/emargement"),
                        new SamTemplate.HttpRoute("POST", "/api/backoffice/inscriptions/{event}/presences"),
                        new SamTemplate.HttpRoute("GET", "/api/backoffice/participation"));
    }

    @Test
    void aMissingVariableFailsTheColdStartAndNamesIt() {
        Map<String, String> environment = environment("OrderSubmissionFunction");
        environment.remove("RATE_LIMITS_TABLE");

        assertThatThrownBy(() -> Environment.building(environment, OrderSubmissionHandler::new))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RATE_LIMITS_TABLE");
    }

    @Test
    void theOrdersTableHasTheKeysIndexTtlAndStreamTheCodeRelies() {
        Map<String, Object> orders = template.tables().get("OrdersTable");

        assertThat(orders.toString())
                .contains("AttributeName=" + OrderItemMapper.REFERENCE + ", KeyType=HASH")
                .contains("IndexName=" + DynamoDbOutbox.DUE_INDEX)
                .contains("TimeToLiveSpecification={AttributeName=" + OrderItemMapper.EXPIRES_AT + ", Enabled=true}")
                .contains("StreamViewType=KEYS_ONLY")
                .contains("PointInTimeRecoveryEnabled=true")
                .contains("SSEEnabled=true");
        assertThat(template.tables().get("RateLimitsTable").toString())
                .contains("AttributeName=expiresAt, Enabled=true");
    }

    private Map<String, String> environment(String functionId) {
        return ProjectTemplate.environment(template, functionId);
    }
}
