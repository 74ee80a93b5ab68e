package fr.conciergeriesolidaire.functions.mydata;

import fr.conciergeriesolidaire.functions.access.SecretToken;
import fr.conciergeriesolidaire.functions.outbox.Mailer;
import fr.conciergeriesolidaire.functions.privacy.AllPersonalRecords;
import fr.conciergeriesolidaire.functions.privacy.EmailKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What happens after a request was answered, from the requests table's stream: for a link asked for, if any record
 * holds the address, a new link is made and sent to it (otherwise nothing is sent, and nobody can tell); for an
 * erasure, its confirmation is sent. The request, and the address with it, is then forgotten. A failure leaves it for
 * the stream's retry: at worst a second link is sent.
 */
final class MyDataMailer {
    private final MyDataRequests requests;
    private final AllPersonalRecords records;
    private final EmailKeys emailKeys;
    private final MyDataLinks links;
    private final MyDataEmails emails;
    private final Mailer mailer;
    private final Clock clock;

    MyDataMailer(
            MyDataRequests requests,
            AllPersonalRecords records,
            EmailKeys emailKeys,
            MyDataLinks links,
            MyDataEmails emails,
            Mailer mailer,
            Clock clock) {
        this.requests = requests;
        this.records = records;
        this.emailKeys = emailKeys;
        this.links = links;
        this.emails = emails;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** @return whether an e-mail was sent */
    boolean handle(String requestId) {
        Instant now = clock.instant();
        Optional<MyDataRequest> found = requests.find(requestId, now);
        if (found.isEmpty()) {
            // Handled already (a stream delivers at least once), or expired.
            return false;
        }
        MyDataRequest request = found.get();
        boolean sent = switch (request.kind()) {
            case LINK -> sendLink(request, now);
            case ERASED -> {
                mailer.send(emails.erased(request.email(), request.erased()));
                yield true;
            }
        };
        requests.delete(requestId);
        return sent;
    }

    private boolean sendLink(MyDataRequest request, Instant now) {
        Optional<String> emailHash = emailKeys.of(request.email());
        if (emailHash.isEmpty() || records.holding(emailHash.get()).isEmpty()) {
            return false;
        }
        SecretToken token = links.issue(emailHash.get(), now);
        mailer.send(emails.link(request.email(), MyDataLinks.url(request.origin(), token)));
        return true;
    }
}
