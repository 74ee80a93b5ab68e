package fr.conciergeriesolidaire.functions.snapstart;

import java.lang.System.Logger.Level;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Lambda SnapStart priming (template.yaml publishes every version with SnapStart): just before Lambda snapshots an
 * initialised function, run what its first request will need, so that the classes it loads, the lambdas it links and
 * the connection set-up it does are in the snapshot instead of in the first visitor's wait. Lambda's runtime calls the
 * hooks registered with CRaC's global context; on any other JVM registering does nothing.
 */
public final class Priming implements Resource {
    private final Runnable work;

    private Priming(Runnable work) {
        this.work = work;
    }

    /**
     * @param work must write nothing and send nothing: it runs on every version published, against production
     * @return keep it referenced (a field of the handler): a CRaC context may hold its resources weakly
     */
    public static Priming register(Runnable work) {
        Priming priming = new Priming(work);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            work.run();
        } catch (RuntimeException failure) {
            // Priming only saves time: a table out of reach must not stop a version from being published.
            System.getLogger(Priming.class.getName())
                    .log(
                            Level.WARNING,
                            "Priming failed: {0}",
                            failure.getClass().getName());
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing the priming leaves behind outlives a restore. Time is read from the clock on each request;
        // Lambda reseeds SecureRandom (UUIDs) on restore; the SDK refreshes its credentials when they are stale
        // (with SnapStart they come from Lambda's container endpoint, not from variables frozen at init); and the
        // JDK's HTTP client drops a pooled connection idle for longer than its keep-alive (5 s) instead of reusing it.
    }
}
