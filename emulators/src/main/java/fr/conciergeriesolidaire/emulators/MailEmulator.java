package fr.conciergeriesolidaire.emulators;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * SES for tests and local runs: aws-ses-v2-local (an SES v2 API that keeps every e-mail) as a child process, or an
 * endpoint given from outside (LocalStack). Either way the e-mails sent can be read back and cleared.
 */
public final class MailEmulator extends EmulatedService {
    private final Supplier<MailStore> storeFinder;
    private MailStore store;

    private MailEmulator(ServiceProcess process, Supplier<MailStore> storeFinder) {
        super(process);
        this.storeFinder = storeFinder;
    }

    public MailEmulator(NodeTools tools) {
        this(childProcess(tools));
    }

    private MailEmulator(ServiceProcess process) {
        this(process, () -> MailStore.sesV2Local(process::endpoint));
    }

    private static ServiceProcess childProcess(NodeTools tools) {
        return new EmulatorProcess("aws-ses-v2-local", tools.executable("aws-ses-v2-local"), "--host", List.of());
    }

    /** An SES endpoint run by someone else: LocalStack if its mail store answers there, else aws-ses-v2-local. */
    public static MailEmulator external(URI endpoint) {
        ServiceProcess process = new ExternalEndpoint(endpoint);
        return new MailEmulator(process, () -> {
            MailStore localStack = MailStore.localStack(process::endpoint);
            return localStack.answers() ? localStack : MailStore.sesV2Local(process::endpoint);
        });
    }

    public void clearStore() {
        store().clear();
    }

    /** Every e-mail sent since the start or the last {@link #clearStore()}, oldest first. */
    public List<SentMail> sentMails() {
        return store().sentMails();
    }

    /** Whether its store answers right now (the local runner's health check). */
    public boolean isReachable() {
        try {
            store().sentMails();
            return true;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /** Found once it answers: an endpoint not up yet must not be taken for the wrong kind for good. */
    private synchronized MailStore store() {
        if (store != null) {
            return store;
        }
        MailStore found = storeFinder.get();
        if (found.answers()) {
            store = found;
        }
        return found;
    }
}
