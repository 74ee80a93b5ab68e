package fr.conciergeriesolidaire.browser;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One Chromium on the running site: pages are opened by their path, and what the visitor sees is read back. */
public final class Browser {
    /** The desktop size the suite works at, and the narrowest phone it must serve. */
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    public static final Dimension PHONE = new Dimension(360, 800);

    private final ChromeDriver driver;
    private final RunningSite site;
    private final JavaScript javaScript;
    private final Keyboard keyboard;
    private final Path downloads;

    Browser(ChromeDriver driver, RunningSite site, JavaScript javaScript, Path downloads) {
        this.driver = driver;
        this.site = site;
        this.javaScript = javaScript;
        this.downloads = downloads;
        this.keyboard = new Keyboard(driver);
        resize(DESKTOP);
    }

    public Browser open(String path) {
        driver.get(site.url(path));
        return this;
    }

    public RunningSite site() {
        return site;
    }

    public JavaScript javaScript() {
        return javaScript;
    }

    /**
     * The file the browser saved under that name (a download the page offered), once it is complete: Chromium writes
     * a {@code .crdownload} file first and renames it at the end.
     */
    public Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .withMessage(() -> "no file " + fileName + " downloaded")
                .until(ignored -> Files.isRegularFile(file));
        return file;
    }

    public Keyboard keyboard() {
        return keyboard;
    }

    /** Taps on the screen, as on a phone. */
    public Touch touch() {
        return new Touch(this);
    }

    public WebDriver driver() {
        return driver;
    }

    /** The path and query of the page shown, e.g. {@code /api/orders/confirmation?reference=…}. */
    public String location() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public String title() {
        return driver.getTitle();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Runs a script in the page to read it, as the tests' eyes; never to act in the visitor's place. */
    public Object read(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Sends a form of the page as a browser without scripts would, whatever is filled in: {@code
     * HTMLFormElement.submit()} skips the page's own handlers and the browser's checks. For tests that need the API's
     * answer to a plain form post as a page, in a browser that runs scripts.
     */
    public void submitPlainly(By form) {
        String before = location();
        ((JavascriptExecutor) driver).executeScript("arguments[0].submit();", driver.findElement(form));
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ignored -> !location().equals(before));
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }
}
