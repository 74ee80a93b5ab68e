package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.SimpleIAMPolicyResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.local.functions.EventSources;
import fr.conciergeriesolidaire.local.functions.HandlerTypes;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each function of template.yaml names a handler that exists and takes what its event sources send. */
class TemplateHandlersTest {
    private final SamTemplate template = Repository.template();

    @Test
    void everyHandlerExistsImplementsTheRightInterfaceAndCanBeBuiltByLambdaAndLocally() throws Exception {
        assertThat(template.functions()).isNotEmpty();
        for (SamTemplate.FunctionDefinition function : template.functions()) {
            String id = function.logicalId();
            assertThat(function.handler()).as(id).endsWith("::handleRequest");
            Class<?> handler = Class.forName(function.handlerClass());
            // Lambda builds it with no argument, and so does the local runner.
            assertThat(Modifier.isPublic(handler.getConstructor().getModifiers()))
                    .as(id)
                    .isTrue();

            Optional<HandlerTypes> types = HandlerTypes.of(handler);
            assertThat(types)
                    .as(id + " implements RequestHandler<event, response>")
                    .isPresent();
            if (authorizers().contains(id)) {
                // Called by the HTTP API before the routes that name it, with the route's request.
                assertThat(types.get().event()).as(id).isEqualTo(APIGatewayV2HTTPEvent.class);
                assertThat(types.get().response()).as(id).isEqualTo(SimpleIAMPolicyResponse.class);
                continue;
            }
            if (invokedByHand(id)) {
                // A one-shot an operator invokes (aws lambda invoke), with an empty event.
                assertThat(function.events()).as(id + " has no event source").isEmpty();
                assertThat(types.get().event()).as(id).isEqualTo(ScheduledEvent.class);
                continue;
            }
            assertThat(function.events()).as(id + " has an event source").isNotEmpty();
            for (SamTemplate.EventSource source : function.events()) {
                Optional<Class<?>> expected = EventSources.eventClass(source);
                assertThat(expected)
                        .as(id + ": event source type " + source.type())
                        .isPresent();
                assertThat(types.get().event())
                        .as(id + " takes what " + source.name() + " sends")
                        .isEqualTo(expected.get());
                if (source.type().equals(EventSources.HTTP_API)) {
                    assertThat(types.get().response()).as(id).isEqualTo(APIGatewayV2HTTPResponse.class);
                }
                if (SamTemplate.list(source.properties().get("FunctionResponseTypes"))
                        .contains("ReportBatchItemFailures")) {
                    assertThat(types.get().response())
                            .as(id + " reports failed items")
                            .isEqualTo(StreamsEventResponse.class);
                }
            }
        }
    }

    /** A function tagged {@code Invocation: by-hand}: a one-shot the README tells when to invoke. */
    private boolean invokedByHand(String functionId) {
        return "by-hand"
                .equals(SamTemplate.map(template.functionProperty(functionId, "Tags"))
                        .get("Invocation"));
    }

    /** The functions the template's HTTP APIs name as Lambda authorizers. */
    private java.util.Set<String> authorizers() {
        return template.resources().values().stream()
                .filter(resource -> resource.type().equals("AWS::Serverless::HttpApi"))
                .flatMap(api ->
                        SamTemplate.map(
                                SamTemplate.map(api.properties().get("Auth")).get("Authorizers"))
                                .values()
                                .stream())
                .map(authorizer -> String.valueOf(
                        ((SamTemplate.Intrinsic) SamTemplate.map(authorizer).get("FunctionArn")).value()))
                .map(arn -> arn.substring(0, arn.indexOf('.')))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theFunctionsOfEachKindOfEventAreThoseTheSiteAndTheNotificationsNeed() {
        assertThat(template.functions())
                .flatExtracting(SamTemplate.FunctionDefinition::events)
                .extracting(SamTemplate.EventSource::type)
                .contains(EventSources.HTTP_API, EventSources.DYNAMODB_STREAM, EventSources.SCHEDULE);
    }
}
