package fr.conciergeriesolidaire.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by Debian's chromedriver, or those the build names (never Selenium Manager, which would download one), isolated in
 * a fresh profile, in French as the site's visitors have it, resolving no host but 127.0.0.1 so that nothing
 * reaches the network.
 */
final class Chromium implements AutoCloseable {
    /** Debian's, unless the build names others (browser-tests/pom.xml, variables CHROMIUM and CHROMEDRIVER). */
    private static final String BROWSER = System.getProperty("chromium", "/usr/bin/chromium");

    private static final File DRIVER = new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"));

    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;

    Chromium(JavaScript javaScript) {
        try {
            profile = Files.createTempDirectory("chromium-profile");
            downloads = Files.createDirectory(profile.resolve("downloads"));
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        // The site scrolls smoothly unless asked not to; a click must not land mid-scroll.
                        "--force-prefers-reduced-motion",
                        // French, as the site's visitors (Debian's package holds the en-US interface only).
                        "--lang=fr-FR",
                        "--user-data-dir=" + profile,
                        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        Map<String, Object> preferences = new HashMap<>();
        preferences.put("intl.accept_languages", "fr-FR,fr");
        // Files the pages offer (exports) are saved there without asking, and deleted with the profile.
        preferences.put("download.default_directory", downloads.toString());
        preferences.put("download.prompt_for_download", false);
        if (javaScript == JavaScript.DISABLED) {
            preferences.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", preferences);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
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
