package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.local.NodeScript;
import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.local.site.DirectoryIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * template.yaml's CloudFront Function, run by Node on the addresses of the built site, does what the local runner
 * does (DirectoryIndex): the same page for each address, whether deployed or local.
 */
class DirectoryIndexFunctionTest {
    @TempDir
    Path folder;

    @Test
    void givenEveryAddressOfTheBuiltSiteThenCloudFrontAndTheRunnerServeTheSameFileOrRedirect() throws IOException {
        Path code = functionCode();
        List<String> uris = addresses();

        NodeScript.Result cloudFront =
                NodeScript.run("run-cloudfront-function.mjs", String.join("\n", uris) + "\n", code.toString());

        assertThat(cloudFront.exitCode()).isZero();
        List<String> local =
                uris.stream().map(DirectoryIndexFunctionTest::described).toList();
        assertThat(cloudFront.lines()).containsExactlyElementsOf(local);
        assertThat(local).contains("file /index.html", "file /commander/index.html", "redirect 301 /commander/");
    }

    @Test
    void givenAddressesABrowserWouldReadAsAnotherSiteThenNeitherRedirectsThere() throws IOException {
        Path code = functionCode();
        List<String> uris = List.of(
                "//evil.example/x",
                "///evil.example/x",
                "/\\evil.example",
                "/\\/evil.example/x",
                "/%2F%2Fevil.example",
                "/%2f/evil.example",
                "/%5C",
                "/%5cevil.example/x",
                "/\t/evil.example",
                "/%09/evil.example",
                "/%0A/evil.example",
                "/agenda//",
                "//commander");

        NodeScript.Result cloudFront =
                NodeScript.run("run-cloudfront-function.mjs", String.join("\n", uris) + "\n", code.toString());

        assertThat(cloudFront.lines())
                .containsExactly(
                        "redirect 301 /evil.example/x/",
                        "redirect 301 /evil.example/x/",
                        "answer 404",
                        "answer 404",
                        "answer 404",
                        "answer 404",
                        "answer 404",
                        "answer 404",
                        "answer 404",
                        "answer 404",
                        "answer 404",
                        "file /agenda/index.html",
                        "redirect 301 /commander/")
                .containsExactlyElementsOf(
                        uris.stream().map(DirectoryIndexFunctionTest::described).toList());
    }

    private static String described(String uri) {
        DirectoryIndex.Resolution resolution = DirectoryIndex.resolve(uri);
        return switch (resolution.answer()) {
            case FILE -> "file " + resolution.path();
            case REDIRECT -> "redirect 301 " + resolution.path();
            case NOT_FOUND -> "answer 404";
        };
    }

    private Path functionCode() throws IOException {
        Path code = folder.resolve("directory-index.js");
        Files.writeString(
                code,
                String.valueOf(Repository.template()
                        .resources()
                        .get("DirectoryIndexFunction")
                        .properties()
                        .get("FunctionCode")));
        return code;
    }

    /** Each built file's address, each folder's with and without its slash, and a few odd ones. */
    private static List<String> addresses() throws IOException {
        Path site = Repository.layout().siteOutput();
        List<String> uris = new ArrayList<>(List.of("/", "/page-inexistante", "/a.b/c", "/x/y.z/"));
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path path : paths.filter(path -> !path.equals(site)).toList()) {
                String uri = "/" + site.relativize(path).toString().replace('\\', '/');
                uris.add(uri);
                if (Files.isDirectory(path)) {
                    uris.add(uri + "/");
                }
            }
        }
        return uris;
    }
}
