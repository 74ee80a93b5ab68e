package fr.conciergeriesolidaire.functions.testing;

import fr.conciergeriesolidaire.functions.outbox.Email;
import fr.conciergeriesolidaire.functions.outbox.MailUnavailableException;
import fr.conciergeriesolidaire.functions.outbox.Mailer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A mailer for unit tests: keeps what it sends, and refuses while told to (as SES down would). */
public final class RecordingMailer implements Mailer {
    private final List<Email> sent = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    @Override
    public String send(Email email) {
        if (refusing) {
            throw new MailUnavailableException(new IllegalStateException("refusing, as told by the test"));
        }
        sent.add(email);
        return "message-" + sent.size();
    }

    public void refuse(boolean refusing) {
        this.refusing = refusing;
    }

    public List<Email> sent() {
        return List.copyOf(sent);
    }
}
