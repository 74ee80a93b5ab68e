package fr.conciergeriesolidaire.local;

import fr.conciergeriesolidaire.emulators.NodeTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the Node scripts of {@code local/src/test/node} from the repository's root, where they find the npm
 * packages of package.json (installed if needed).
 */
public final class NodeScript {
    /** What it printed on standard output, line by line, and its exit code. */
    public record Result(int exitCode, List<String> lines) {}

    private NodeScript() {}

    public static Result run(String script, String input, String... arguments) {
        NodeTools.ofRepositoryAbove(Repository.root()).requireNode().ensureInstalled();
        List<String> command = new ArrayList<>(List.of(
                "node",
                Repository.root().resolve("local/src/test/node").resolve(script).toString()));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("node", ".out");
            Process process = new ProcessBuilder(command)
                    .directory(Repository.root().toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish within 60 s");
            }
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            Files.delete(output);
            return new Result(process.exitValue(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
