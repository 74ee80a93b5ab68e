package fr.conciergeriesolidaire.local;

import java.util.concurrent.ThreadFactory;

/** Threads that never keep the JVM alive by themselves: the runner stops when its server stops. */
public final class DaemonThreads {
    private DaemonThreads() {}

    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
