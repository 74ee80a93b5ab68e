package fr.conciergeriesolidaire.site.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a command as a child process and measures it: wall time from start to exit, and peak resident memory (the
 * child's VmHWM in /proc, sampled every few milliseconds while it runs: the kernel keeps the high-water mark, so the
 * last sample before exit is the peak, give or take the last few milliseconds). Linux only.
 */
final class MeasuredProcess {
    private static final long SAMPLE_MILLIS = 5;

    record Result(long wallMillis, long peakRssKb, String output) {}

    private MeasuredProcess() {}

    static Result run(List<String> command, Path directory) {
        try {
            Path log = Files.createTempFile("measured-", ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
            builder.redirectOutput(log.toFile());
            long started = System.nanoTime();
            Process process = builder.start();
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            long peak = 0;
            while (process.isAlive()) {
                peak = Math.max(peak, highWaterMark(status));
                Thread.sleep(SAMPLE_MILLIS);
            }
            int exit = process.waitFor();
            long wall = (System.nanoTime() - started) / 1_000_000;
            String output = Files.readString(log);
            Files.delete(log);
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "):\n" + output);
            }
            return new Result(wall, peak, output);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** VmHWM in kB, or 0 once the process has gone (its memory is released before it is reaped). */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException gone) {
            // The process exited between isAlive() and the read.
        }
        return 0;
    }
}
