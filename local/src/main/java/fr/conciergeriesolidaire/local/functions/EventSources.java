package fr.conciergeriesolidaire.local.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import fr.conciergeriesolidaire.emulators.SamTemplate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The event class Lambda hands a function for each kind of SAM event source this project uses. */
public final class EventSources {
    public static final String HTTP_API = "HttpApi";
    public static final String DYNAMODB_STREAM = "DynamoDB";
    public static final String SCHEDULE = "Schedule";
    /** SES's notifications about delivered mail, through SNS: never sent locally (the mail emulator sends no event). */
    public static final String SNS = "SNS";

    private static final Map<String, Class<?>> EVENT_CLASSES = Map.of(
            HTTP_API, APIGatewayV2HTTPEvent.class,
            DYNAMODB_STREAM, DynamodbEvent.class,
            SCHEDULE, ScheduledEvent.class,
            SNS, SNSEvent.class);

    private EventSources() {}

    /** Empty for a source this project does not use (its handler cannot be checked or run locally). */
    public static Optional<Class<?>> eventClass(SamTemplate.EventSource source) {
        if (HTTP_API.equals(source.type())
                && !"2.0".equals(Objects.toString(source.properties().get("PayloadFormatVersion"), "2.0"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(EVENT_CLASSES.get(source.type()));
    }
}
