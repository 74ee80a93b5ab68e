package fr.conciergeriesolidaire.browser.forms;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.local.Repository;

/** The site's data (site/data/*.yaml) as the functions read it: what the tests expect is computed from it. */
public final class Catalogue {
    public static final SiteData DATA =
            SiteDataLoader.fromDirectory(Repository.root().resolve("site").resolve("data"));

    private Catalogue() {}
}
