package fr.conciergeriesolidaire.functions.backoffice;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import fr.conciergeriesolidaire.functions.snapstart.Priming;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in requests table's stream (new items only): sends each request's link, if the address is a member's
 * ({@link SignInLinkSender}). A request that failed (mail or storage down) is reported so that Lambda tries it again;
 * it expires with its link anyway.
 */
public final class SignInMailHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private static final System.Logger LOG = System.getLogger(SignInMailHandler.class.getName());

    private final SignInLinkSender sender;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public SignInMailHandler() {
        this(BackOfficeWiring.fromEnvironment().linkSender());
    }

    SignInMailHandler(SignInLinkSender sender) {
        this.sender = sender;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            if (!"INSERT".equals(record.getEventName())) {
                continue;
            }
            var stream = record.getDynamodb();
            try {
                sender.handle(
                        stream.getKeys().get(DynamoDbSignInRequests.REQUEST_ID).getS());
            } catch (RuntimeException failed) {
                // Only the type: a message might quote the address.
                LOG.log(
                        Level.WARNING,
                        "Sign-in link not sent yet: {0}",
                        failed.getClass().getSimpleName());
                failures.add(StreamsEventResponse.BatchItemFailure.builder()
                        .withItemIdentifier(stream.getSequenceNumber())
                        .build());
            }
        }
        return StreamsEventResponse.builder().withBatchItemFailures(failures).build();
    }

    /** Before a SnapStart snapshot: a request that does not exist (one read, nothing sent). */
    public void prime() {
        sender.handle(BackOfficePriming.UNKNOWN_TOKEN);
    }
}
