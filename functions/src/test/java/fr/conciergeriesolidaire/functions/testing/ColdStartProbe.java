package fr.conciergeriesolidaire.functions.testing;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The inside of a cold start probe ({@link ColdStartProcess} runs it in a fresh JVM): a handler built as Lambda builds
 * it, primed first if asked (as before a SnapStart snapshot), then its first request; each phase's time printed as
 * {@code name value} lines.
 */
public final class ColdStartProbe {
    /** A handler just built: its priming, and its first request (true when answered as expected). */
    public record Probed(Runnable priming, BooleanSupplier firstRequest) {}

    private ColdStartProbe() {}

    /** @param start when the probe's {@code main} started ({@link System#nanoTime()}) */
    public static void run(long start, Supplier<Probed> construction, boolean primed, String what) {
        Probed probed = construction.get();
        long constructed = System.nanoTime();
        if (primed) {
            probed.priming().run();
        }
        long ready = System.nanoTime();
        boolean answered = probed.firstRequest().getAsBoolean();
        long done = System.nanoTime();
        if (!answered) {
            throw new IllegalStateException(what + " did not answer as expected");
        }
        System.out.println("construction-ms " + (constructed - start) / 1_000_000);
        System.out.println("priming-ms " + (ready - constructed) / 1_000_000);
        System.out.println("first-request-ms " + (done - ready) / 1_000_000);
        System.out.println("in-jvm-ms " + (done - start) / 1_000_000);
    }
}
