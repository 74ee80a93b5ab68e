package fr.conciergeriesolidaire.browser;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The browsers of one test class on the running site, one per JavaScript setting, opened when first asked for
 * (starting Chromium costs about a second) and closed with the class; each one's page is saved when a test fails.
 */
public final class Browsers implements AutoCloseable {
    private final RunningSite site;
    private final Map<JavaScript, Chromium> opened = new EnumMap<>(JavaScript.class);
    private final Map<JavaScript, Browser> browsers = new EnumMap<>(JavaScript.class);

    Browsers(RunningSite site) {
        this.site = site;
    }

    /** The class's browser that runs scripts, or doesn't. */
    public synchronized Browser browser(JavaScript javaScript) {
        return browsers.computeIfAbsent(javaScript, setting -> {
            Chromium chromium = new Chromium(setting);
            opened.put(setting, chromium);
            return new Browser(chromium.driver(), site, setting, chromium.downloads());
        });
    }

    synchronized List<Browser> all() {
        return new ArrayList<>(browsers.values());
    }

    @Override
    public synchronized void close() {
        opened.values().forEach(Chromium::close);
        opened.clear();
        browsers.clear();
    }
}
