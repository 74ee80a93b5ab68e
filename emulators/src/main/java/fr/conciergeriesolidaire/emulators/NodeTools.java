package fr.conciergeriesolidaire.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm tools of the repository (package.json + package-lock.json at its root): installs them with
 * {@code npm ci} when node_modules is missing or older than the lock file, then gives their executables.
 */
public final class NodeTools {
    private static final String LOCK_FILE = "package-lock.json";
    /** npm rewrites this file on every install, so its age tells whether node_modules matches the lock. */
    private static final String INSTALLED_MARKER = "node_modules/.package-lock.json";

    /** package.json's engines: the emulators and the workflow parser need this Node.js major version or newer. */
    public static final int MINIMUM_NODE = 20;

    private final Path root;

    private NodeTools(Path root) {
        this.root = root;
    }

    /** The repository holding package-lock.json, found from the working directory upwards. */
    public static NodeTools ofRepository() {
        return ofRepositoryAbove(Path.of("").toAbsolutePath());
    }

    public static NodeTools ofRepositoryAbove(Path start) {
        for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(LOCK_FILE)) && Files.isRegularFile(folder.resolve("pom.xml"))) {
                return new NodeTools(folder);
            }
        }
        throw new IllegalStateException("No " + LOCK_FILE + " found in " + start + " or above");
    }

    public Path root() {
        return root;
    }

    /** Runs {@code npm ci} if needed; safe to call from several JVMs at once (a file lock serialises them). */
    public NodeTools ensureInstalled() {
        Path lockPath = Path.of(System.getProperty("java.io.tmpdir"), "npm-ci-" + Integer.toHexString(root.hashCode()));
        try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            try {
                if (!isUpToDate()) {
                    requireNode();
                    requireNpm();
                    run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
                }
            } finally {
                lock.release();
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the npm tools in " + root, e);
        }
    }

    /** An executable installed by npm, e.g. {@code dynalite}. */
    public Path executable(String name) {
        Path path = root.resolve("node_modules/.bin").resolve(name);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(name + " is not installed under " + root + "/node_modules: run npm ci");
        }
        return path;
    }

    private boolean isUpToDate() throws IOException {
        Path marker = root.resolve(INSTALLED_MARKER);
        return Files.exists(marker)
                && Files.getLastModifiedTime(marker).compareTo(Files.getLastModifiedTime(root.resolve(LOCK_FILE))) >= 0;
    }

    /** Fails with {@link NodeMissingException} unless Node.js {@value #MINIMUM_NODE}+ runs from the PATH. */
    public NodeTools requireNode() {
        String version;
        try {
            version = run(List.of("node", "--version"), 30).strip();
        } catch (IllegalStateException | UncheckedIOException missing) {
            throw new NodeMissingException("Node.js " + MINIMUM_NODE + "+ is required for the emulators: none found");
        }
        if (majorVersion(version) < MINIMUM_NODE) {
            throw new NodeMissingException(
                    "Node.js " + MINIMUM_NODE + "+ is required for the emulators: found " + version);
        }
        return this;
    }

    private void requireNpm() {
        try {
            run(List.of("npm", "--version"), 30);
        } catch (IllegalStateException | UncheckedIOException missing) {
            throw new NodeMissingException("npm is required to install the emulators: none found");
        }
    }

    /** {@code v20.20.2} gives 20; anything unreadable gives 0. */
    static int majorVersion(String nodeVersion) {
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("^v?(\\d+)\\.").matcher(nodeVersion);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** Runs a command in the repository and returns what it printed; fails if it fails. */
    private String run(List<String> command, int timeoutSeconds) {
        try {
            Path output = Files.createTempFile("npm", ".log");
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", command) + " timed out after " + timeoutSeconds + " s");
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + log.strip());
            }
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        }
    }
}
