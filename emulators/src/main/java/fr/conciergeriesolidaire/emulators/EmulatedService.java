package fr.conciergeriesolidaire.emulators;

import java.net.URI;

/** An emulator running as a child process: started, stopped (to simulate an outage) and restarted on its port. */
public abstract class ChildEmulator implements AutoCloseable {
    private final EmulatorProcess process;

    ChildEmulator(EmulatorProcess process) {
        this.process = process;
    }

    /** Starts it (if not running) and waits until it answers. */
    public void start() {
        process.start();
    }

    /** Stops it and every process it started; clients then fail as in a real outage. */
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

    public URI endpoint() {
        return process.endpoint();
    }

    @Override
    public void close() {
        stop();
    }
}
