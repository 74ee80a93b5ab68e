package fr.conciergeriesolidaire.emulators;

import java.net.URI;

/**
 * A service given by its endpoint (DYNAMODB_ENDPOINT, SES_ENDPOINT: LocalStack in CI, for instance): nothing is
 * started or stopped here, its owner runs it.
 */
record ExternalEndpoint(URI endpoint) implements ServiceProcess {
    @Override
    public boolean isRunning() {
        return true;
    }

    @Override
    public void start() {
        // Running already, by definition.
    }

    @Override
    public void stop() {
        // Not ours to stop.
    }

    @Override
    public boolean isChildProcess() {
        return false;
    }
}
