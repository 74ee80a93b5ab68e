package fr.conciergeriesolidaire.site;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by Debian's chromedriver (never Selenium Manager, which would download one), isolated in
 * a fresh profile, resolving no host but 127.0.0.1 so that nothing reaches the network.
 */
final class Chromium implements AutoCloseable {
    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(boolean javaScript) {
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        ChromeOptions options = new ChromeOptions()
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--user-data-dir=" + profile,
                        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    static Chromium withJavaScript() {
        return new Chromium(true);
    }

    static Chromium withoutJavaScript() {
        return new Chromium(false);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException leftBehind) {
            // a temporary profile left behind is harmless
        }
    }
}
