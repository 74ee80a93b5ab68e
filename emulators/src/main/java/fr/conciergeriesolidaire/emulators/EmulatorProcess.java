package fr.conciergeriesolidaire.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Node emulator run as a child process on a fixed port of 127.0.0.1 only (chosen free at creation, kept across
 * restarts so clients built against its endpoint keep working).
 */
final class EmulatorProcess implements ServiceProcess {
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final String LOOPBACK = "127.0.0.1";

    private final String name;
    private final List<String> command;
    private final int port;
    private final Path log;
    private Process process;
    /** Stops the emulator if the JVM exits without closing it (Ctrl-C on the local runner, a crashed test). */
    private Thread shutdownHook;

    /** @param hostOption the emulator's option naming the address to listen on ({@code --host}, {@code --address}) */
    EmulatorProcess(String name, Path executable, String hostOption, List<String> arguments) {
        this.name = name;
        this.port = freePort();
        this.command = new ArrayList<>();
        // Whatever an emulator writes (dynalite's tables, under .local-data/ for the runner) is its owner's only:
        // umask 077, set by a shell that then becomes the emulator (exec), so stopping it stops the emulator.
        command.addAll(List.of("/bin/sh", "-c", "umask 077 && exec \"$@\"", name));
        command.add(executable.toString());
        // The emulators listen on every interface by default: anyone on the network could read the local tables,
        // every e-mail sent and the site's bucket.
        command.add(hostOption);
        command.add(LOOPBACK);
        command.add("--port");
        command.add(Integer.toString(port));
        command.addAll(arguments);
        try {
            this.log = Files.createTempFile(name, ".log");
            log.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI endpoint() {
        return URI.create("http://" + LOOPBACK + ":" + port);
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        Process started = process;
        shutdownHook = new Thread(() -> {
            started.descendants().forEach(ProcessHandle::destroyForcibly);
            started.destroyForcibly();
        });
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        awaitPort();
    }

    /** Stops the emulator and any process it started, waiting until the port is free again. */
    @Override
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        Process stopping = process;
        process = null;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting: the hook runs anyway.
        }
        stopping.descendants().forEach(ProcessHandle::destroy);
        stopping.destroy();
        try {
            if (!stopping.waitFor(5, TimeUnit.SECONDS)) {
                stopping.descendants().forEach(ProcessHandle::destroyForcibly);
                stopping.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isChildProcess() {
        return true;
    }

    private void awaitPort() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited at startup: " + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        stop();
        throw new IllegalStateException(name + " did not answer on port " + port + " within " + STARTUP_TIMEOUT);
    }

    private String logTail() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an emulator", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
