package fr.conciergeriesolidaire.browser.pages;

import fr.conciergeriesolidaire.browser.Browser;
import java.util.function.Consumer;

/** A page standing for its type: how to bring it up in a browser, and what to call it in reports. */
record SamplePage(String name, Consumer<Browser> visit) {
    void openIn(Browser browser) {
        visit.accept(browser);
    }

    @Override
    public String toString() {
        return name;
    }
}
