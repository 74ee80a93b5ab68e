package fr.conciergeriesolidaire.local;

import fr.conciergeriesolidaire.emulators.Emulators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged runner ({@code java -jar local/target/conciergerie-local.jar}) as a process, as a person runs it. Shared
 * with the browser tests through this module's test jar.
 */
public final class RunnerProcess implements AutoCloseable {
    public static final Path JAR = Path.of(System.getProperty("local.jar", "target/conciergerie-local.jar"));

    private final Process process;
    private final Path output;
    private final Path errors;
    private final int port;

    private RunnerProcess(Process process, Path output, Path errors, int port) {
        this.process = process;
        this.output = output;
        this.errors = errors;
        this.port = port;
    }

    /** Starts it in {@code folder} on {@code port} with {@code arguments}; {@code environment} adds or removes (null). */
    public static RunnerProcess start(Path folder, int port, List<String> arguments, Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(arguments);
        try {
            Path output = Files.createTempFile("runner", ".out");
            Path errors = Files.createTempFile("runner", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile());
            builder.environment().put("PORT", Integer.toString(port));
            environment.forEach((name, value) -> {
                if (value == null) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            return new RunnerProcess(builder.start(), output, errors, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The runner as the browser suite and the benchmarks start it: in the repository, on a free port, in memory, its
     * functions pointed at {@code emulators} (so that a test reads back what they stored and sent), with
     * {@code settings} added (the {@code *_LIMIT} ones, since every request comes from 127.0.0.1).
     */
    public static RunnerProcess against(Emulators emulators, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put(
                Emulators.DYNAMODB_ENDPOINT, emulators.dynamoDb().endpoint().toString());
        environment.put(Emulators.SES_ENDPOINT, emulators.mail().endpoint().toString());
        return start(Repository.root(), freePort(), List.of("--in-memory"), environment);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public Process process() {
        return process;
    }

    /** Waits until {@code /api/health} answers 200; fails with the runner's output if it dies or takes too long. */
    public void awaitHealthy(HttpClient client, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The runner stopped: " + errors() + output());
            }
            try {
                HttpResponse<Void> health = client.send(
                        HttpRequest.newBuilder(uri("/api/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The runner was not healthy within " + timeout + ": " + errors() + output());
    }

    /** Waits for it to end by itself (a failed start); its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The runner did not stop: " + output());
        }
        return process.exitValue();
    }

    public String output() {
        return read(output);
    }

    public String errors() {
        return read(errors);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
