package fr.conciergeriesolidaire.publisher;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import fr.conciergeriesolidaire.publisher.config.PublisherSettings;
import fr.conciergeriesolidaire.publisher.config.Variables;
import fr.conciergeriesolidaire.publisher.trigger.Publication;
import fr.conciergeriesolidaire.publisher.trigger.QuietPeriod;
import java.util.Map;

/**
 * Lambda entry point, started by the stream of the publication table's "programme" item (each programme change, and
 * the nightly schedule's). The records only say that something changed: the run reads the count itself, so a batch
 * of ten changes is one run. A failure is thrown: Lambda retries the batch (then keeps it in the dead-letter queue,
 * which alarms), the function's errors alarm, and the site stays as the last complete publish left it.
 */
public final class PublisherHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final Publication publication;

    /** Lambda's constructor: configuration from the process environment. */
    public PublisherHandler() {
        this(System.getenv());
    }

    /** The local runner's and the tests' constructor: the environment template.yaml gives the function. */
    public PublisherHandler(Map<String, String> environment) {
        this(PublisherComponents.publication(
                PublisherSettings.from(new Variables(environment)), QuietPeriod.DEFAULT, path -> {}));
    }

    public PublisherHandler(Publication publication) {
        this.publication = publication;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        Publication.Outcome outcome = publication.run();
        if (outcome.built()) {
            System.out.printf(
                    "Published changes up to %d: %d files, %d uploaded, %d deleted, %d paths invalidated; built in %d ms,"
                            + " published in %d ms%n",
                    outcome.changes(),
                    outcome.report().files(),
                    outcome.report().uploaded(),
                    outcome.report().deleted(),
                    outcome.report().invalidated().size(),
                    outcome.build().toMillis(),
                    outcome.publish().toMillis());
        } else {
            System.out.printf("Nothing to publish: changes up to %d already are%n", outcome.changes());
        }
        return new StreamsEventResponse();
    }
}
