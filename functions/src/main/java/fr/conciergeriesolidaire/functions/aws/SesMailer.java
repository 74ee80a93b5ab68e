package fr.conciergeriesolidaire.functions.aws;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.outbox.MailRejectedException;
import fr.conciergeriesolidaire.functions.outbox.MailUnavailableException;
import fr.conciergeriesolidaire.functions.outbox.Mailer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;

/** Sends through the SES v2 API as the organisation's sender, replies going to its contact address. */
public final class SesMailer implements Mailer {
    private final SesV2Client ses;
    private final String from;
    private final String replyTo;

    public SesMailer(SesV2Client ses, String from, String replyTo) {
        this.ses = ses;
        this.from = from;
        this.replyTo = replyTo;
    }

    /** As the organisation of site/data: its sender address, replies to its contact address. */
    public static SesMailer of(SesV2Client ses, Organisation organisation) {
        return new SesMailer(
                ses, organisation.mail().from(), organisation.mail().replyTo());
    }

    @Override
    public String send(Email email) {
        try {
            return ses.sendEmail(request -> request.fromEmailAddress(from)
                            .replyToAddresses(replyTo)
                            .destination(destination -> destination.toAddresses(email.to()))
                            .content(content -> content.simple(message -> message.subject(subject ->
                                            subject.data(email.subject()).charset("UTF-8"))
                                    .body(body -> body.text(text ->
                                                    text.data(email.text()).charset("UTF-8"))
                                            .html(html ->
                                                    html.data(email.html()).charset("UTF-8"))))))
                    .messageId();
        } catch (MessageRejectedException | BadRequestException refusedForGood) {
            // SES refuses this message as it is (an address it cannot send to...): sending it again changes nothing.
            throw new MailRejectedException(refusedForGood);
        } catch (SdkException failed) {
            // Throttled, unreachable, paused, misconfigured: worth retrying, with backoff.
            throw new MailUnavailableException(failed);
        }
    }
}
