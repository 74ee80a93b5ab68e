package fr.conciergeriesolidaire.functions.backoffice;

import fr.conciergeriesolidaire.functions.access.SecretToken;
import fr.conciergeriesolidaire.functions.outbox.Mailer;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What happens after a sign-in request was answered, from the requests table's stream: if the address is a member's
 * (or the first admin's, {@link FirstAdmin}), a new link is made and sent to it; otherwise nothing is sent, and
 * nobody can tell. The request is then forgotten. A failure leaves it for the stream's retry (the person may also ask
 * again): at worst a second link is sent, each usable once.
 */
final class SignInLinkSender {
    private final SignInRequests requests;
    private final MemberStore members;
    private final MemberAddresses addresses;
    private final FirstAdmin firstAdmin;
    private final SignInLinks links;
    private final SignInEmails emails;
    private final Mailer mailer;
    private final Clock clock;

    SignInLinkSender(
            SignInRequests requests,
            MemberStore members,
            MemberAddresses addresses,
            FirstAdmin firstAdmin,
            SignInLinks links,
            SignInEmails emails,
            Mailer mailer,
            Clock clock) {
        this.requests = requests;
        this.members = members;
        this.addresses = addresses;
        this.firstAdmin = firstAdmin;
        this.links = links;
        this.emails = emails;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** @return whether a link was sent */
    boolean handle(String requestId) {
        Instant now = clock.instant();
        Optional<SignInRequest> request = requests.find(requestId, now);
        if (request.isEmpty()) {
            // Handled already (a stream delivers at least once), or expired: its link would be of no use.
            return false;
        }
        String email = request.get().email();
        String emailHash = addresses.hash(email);
        Optional<Member> member = members.findByEmailHash(emailHash).or(() -> firstAdmin.make(email, emailHash, now));
        if (member.isPresent()) {
            SecretToken token = links.issue(member.get(), now);
            mailer.send(emails.link(member.get(), SignInLinks.url(request.get().origin(), token)));
        }
        requests.delete(requestId);
        return member.isPresent();
    }
}
