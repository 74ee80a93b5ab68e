package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.local.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's test command is the one CI runs, and where it cannot install what is missing it says so in one line
 * instead of a hundred driver stack traces; so does the browser-tests module on its own.
 */
class TestCommandTest {
    private static final Path ROOT = Repository.root();

    @TempDir
    Path folder;

    private static final Map<String, String> NO_BROWSER =
            Map.of("CHROMIUM", "/nonexistent/chromium", "CHROMEDRIVER", "/nonexistent/chromedriver");

    @Test
    void theReadmesTestCommandIsTheOneCiRuns() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
        String testIt = readme.stream()
                .filter(line -> line.endsWith("# test it (what CI runs)"))
                .findFirst()
                .orElseThrow();
        String command = testIt.substring(0, testIt.indexOf('#')).strip();

        assertThat(command).isEqualTo("./test");
        assertThat(ROOT.resolve("test")).isExecutable();
        assertThat(Files.readAllLines(ROOT.resolve(".ci/run")).stream()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .toList())
                .last()
                .isEqualTo("exec " + command);
    }

    @Test
    void givenNoBrowserAndNoRightToInstallThenTheTestCommandSaysWhatToInstallInOneLine() throws Exception {
        Run run = run(List.of("./test", "--no-install"), NO_BROWSER);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).isEmpty();
        assertThat(run.errors().lines().toList())
                .singleElement()
                .asString()
                .startsWith(
                        "Erreur : il manque Chromium et son pilote (/nonexistent/chromium, /nonexistent/chromedriver)")
                .contains("apt-get install chromium chromium-driver")
                .endsWith("puis relancez ./test.");
    }

    @Test
    void givenNoBrowserThenTheBrowserTestsModuleStopsBeforeItsTestsWithOneClearLine() throws Exception {
        Run run = run(List.of("./mvnw", "-o", "-B", "-q", "-pl", "browser-tests", "validate"), NO_BROWSER);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output().lines().filter(line -> line.contains("Les tests du navigateur ont besoin")))
                .singleElement()
                .asString()
                .contains("/nonexistent/chromedriver", "-Dbrowser.skip=true");
        assertThat(run.output()).doesNotContain("NoSuchDriverException", "\tat ");
    }

    @Test
    void givenABrowserAndADriverReachedThroughSymbolicLinksThenTheBrowserTestsModuleGoesOn() throws Exception {
        // Debian's /usr/bin/chromedriver is a link to /usr/lib/chromium/chromedriver.
        Path shell = Path.of("/bin/sh").toRealPath();
        Map<String, String> linked = Map.of(
                "CHROMIUM",
                        Files.createSymbolicLink(folder.resolve("chromium"), shell)
                                .toString(),
                "CHROMEDRIVER",
                        Files.createSymbolicLink(folder.resolve("chromedriver"), shell)
                                .toString());

        Run run = run(List.of("./mvnw", "-o", "-B", "-q", "-pl", "browser-tests", "validate"), linked);

        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    private record Run(int exitCode, String output, String errors) {}

    private static Run run(List<String> command, Map<String, String> environment) throws Exception {
        Path output = Files.createTempFile("test-command", ".out");
        Path errors = Files.createTempFile("test-command", ".err");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .directory(ROOT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not stop within 120 s");
        }
        Run run = new Run(
                process.exitValue(),
                Files.readString(output, StandardCharsets.UTF_8),
                Files.readString(errors, StandardCharsets.UTF_8));
        Files.delete(output);
        Files.delete(errors);
        return run;
    }
}
