package fr.conciergeriesolidaire.site.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's crawler without its data-file pass: site/data is read and validated by catalog's SiteDataLoader and
 * given to the templates as typed objects, so JBake's untyped, unvalidated copy would only be a second view.
 */
final class ContentOnlyCrawler extends Crawler {
    ContentOnlyCrawler(ContentStore db, JBakeConfiguration config) {
        super(db, config);
    }

    @Override
    public void crawlDataFiles() {
        // Deliberately nothing: see the class comment.
    }
}
