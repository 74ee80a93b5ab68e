package fr.conciergeriesolidaire.functions.mailevents;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;

/** The mail service's notifications (SNS topic of the SES configuration set): bounces and complaints recorded. */
public final class MailEventsHandler implements RequestHandler<SNSEvent, String> {
    private final MailEventsService service;

    /** What Lambda calls: the features' tables named by the function's environment. */
    public MailEventsHandler() {
        this(MailEventsWiring.fromEnvironment().service());
    }

    /** What tests call. */
    public MailEventsHandler(MailEventsService service) {
        this.service = service;
    }

    @Override
    public String handleRequest(SNSEvent event, Context context) {
        int recorded = 0;
        for (SNSEvent.SNSRecord record : event.getRecords()) {
            if (MailEventReader.read(record.getSNS().getMessage())
                    .map(service::record)
                    .orElse(false)) {
                recorded++;
            }
        }
        return "recorded=" + recorded;
    }
}
