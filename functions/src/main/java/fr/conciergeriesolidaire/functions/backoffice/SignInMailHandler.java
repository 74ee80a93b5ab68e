package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.outbox.NewRecordsHandler;
import fr.conciergeriesolidaire.functions.snapstart.Priming;

/**
 * The sign-in requests table's stream (new items only): sends each request's link, if the address is a member's
 * ({@link SignInLinkSender}). A request that failed (mail or storage down) is reported so that Lambda tries it again;
 * it expires with its link anyway.
 */
public final class SignInMailHandler extends NewRecordsHandler {
    private final SignInLinkSender sender;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public SignInMailHandler() {
        this(BackOfficeWiring.fromEnvironment().linkSender());
    }

    SignInMailHandler(SignInLinkSender sender) {
        super(DynamoDbSignInRequests.REQUEST_ID);
        this.sender = sender;
    }

    @Override
    protected void handleNew(String requestId) {
        sender.handle(requestId);
    }

    /** Before a SnapStart snapshot: a request that does not exist (one read, nothing sent). */
    public void prime() {
        sender.handle(BackOfficePriming.UNKNOWN_TOKEN);
    }
}
