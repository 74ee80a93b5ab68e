package fr.conciergeriesolidaire.functions.aws;

import fr.conciergeriesolidaire.catalog.Organisation;
import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.outbox.MailRejectedException;
import fr.conciergeriesolidaire.functions.outbox.MailUnavailableException;
import fr.conciergeriesolidaire.functions.outbox.Mailer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MailFromDomainNotVerifiedException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

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
                            .emailTags(email.tags().entrySet().stream()
                                    .map(tag -> MessageTag.builder()
                                            .name(tag.getKey())
                                            .value(tag.getValue())
                                            .build())
                                    .toList())
                            .destination(destination -> destination.toAddresses(email.to()))
                            .content(content -> content.simple(message -> message.subject(subject ->
                                            subject.data(email.subject()).charset("UTF-8"))
                                    .body(body -> body.text(text ->
                                                    text.data(email.text()).charset("UTF-8"))
                                            .html(html ->
                                                    html.data(email.html()).charset("UTF-8"))))))
                    .messageId();
        } catch (SdkException failed) {
            if (isRefusalOfThisMessage(failed)) {
                throw new MailRejectedException(failed);
            }
            // Throttled, unreachable, paused, over quota, misconfigured: worth retrying, with backoff.
            throw new MailUnavailableException(failed);
        }
    }

    /**
     * SES refuses this message as it is (400: an address it cannot send to, content it rejects): sending it again
     * changes nothing. Refusals of the whole account (over quota, sending paused, sender not verified) are 400s too,
     * but pass: they are retried, and the template's alarms tell the team.
     */
    private static boolean isRefusalOfThisMessage(SdkException failed) {
        if (failed instanceof MessageRejectedException || failed instanceof BadRequestException) {
            return true;
        }
        return failed instanceof SesV2Exception service
                && service.statusCode() == 400
                && !(failed instanceof LimitExceededException
                        || failed instanceof TooManyRequestsException
                        || failed instanceof AccountSuspendedException
                        || failed instanceof SendingPausedException
                        || failed instanceof MailFromDomainNotVerifiedException);
    }
}
