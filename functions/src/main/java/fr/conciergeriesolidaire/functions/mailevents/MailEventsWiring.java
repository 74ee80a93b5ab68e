package fr.conciergeriesolidaire.functions.mailevents;

import fr.conciergeriesolidaire.functions.aws.AwsClients;
import fr.conciergeriesolidaire.functions.aws.DynamoDbOutbox;
import fr.conciergeriesolidaire.functions.aws.Environment;
import java.util.Map;

/** The mail events on AWS: the outbox of each feature whose e-mails carry tags, on the tables template.yaml names. */
public final class MailEventsWiring {
    /** Every record's key attribute (orders and sign-ups are keyed by reference). */
    private static final String KEY = "reference";

    private final Environment environment;
    private final AwsClients clients;

    public MailEventsWiring(Environment environment) {
        this.environment = environment;
        this.clients = new AwsClients(environment);
    }

    public static MailEventsWiring fromEnvironment() {
        return new MailEventsWiring(Environment.current());
    }

    public MailEventsService service() {
        return new MailEventsService(Map.of(
                "order",
                new DynamoDbOutbox(clients.dynamoDb(), environment.required("ORDERS_TABLE"), KEY),
                "subscription",
                new DynamoDbOutbox(clients.dynamoDb(), environment.required("SUBSCRIPTIONS_TABLE"), KEY)));
    }
}
