package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.functions.outbox.NewRecordsHandler;
import fr.conciergeriesolidaire.functions.snapstart.Priming;

/**
 * The requests table's stream (new items only): sends each request's e-mail ({@link MyDataMailer}). A request that
 * failed (mail or storage down) is reported so that Lambda tries it again; it expires anyway.
 */
public final class MyDataMailHandler extends NewRecordsHandler {
    private final MyDataMailer mailer;
    /** Kept referenced: the SnapStart runtime may hold its hooks weakly. */
    private final Priming priming = Priming.register(this::prime);

    /** What Lambda calls: the feature built from the function's environment. */
    public MyDataMailHandler() {
        this(MyDataWiring.fromEnvironment().mailer());
    }

    MyDataMailHandler(MyDataMailer mailer) {
        super(DynamoDbMyDataRequests.REQUEST_ID);
        this.mailer = mailer;
    }

    @Override
    protected void handleNew(String requestId) {
        mailer.handle(requestId);
    }

    /** Before a SnapStart snapshot: a request that does not exist (one read, nothing sent). */
    public void prime() {
        mailer.handle("snapstart-priming");
    }
}
