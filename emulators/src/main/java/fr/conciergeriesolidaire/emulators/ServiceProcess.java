package fr.conciergeriesolidaire.emulators;

import java.net.URI;

/** Where an emulated service runs: a child process started here, or an endpoint someone else runs. */
interface ServiceProcess {
    URI endpoint();

    boolean isRunning();

    /** Starts it (if not running) and waits until it answers. */
    void start();

    /** Stops it and every process it started. */
    void stop();

    boolean isChildProcess();
}
