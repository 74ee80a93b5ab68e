package fr.conciergeriesolidaire.emulators;

import java.net.URI;

/**
 * An emulated AWS service: a child process that can be stopped (to simulate an outage) and restarted on its
 * port, or an external endpoint that is only used.
 */
public abstract class EmulatedService implements AutoCloseable {
    private final ServiceProcess process;

    EmulatedService(ServiceProcess process) {
        this.process = process;
    }

    /** Starts it (if not running) and waits until it answers. */
    public void start() {
        process.start();
    }

    /** Stops it and every process it started; clients then fail as in a real outage. No effect on an endpoint. */
    public void stop() {
        process.stop();
    }

    /** Stops then starts again on the same port, so clients built against its endpoint keep working. */
    public void restart() {
        stop();
        start();
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    /** False for an endpoint given from outside: its outages cannot be simulated from here. */
    public boolean isChildProcess() {
        return process.isChildProcess();
    }

    public URI endpoint() {
        return process.endpoint();
    }

    @Override
    public void close() {
        stop();
    }
}
