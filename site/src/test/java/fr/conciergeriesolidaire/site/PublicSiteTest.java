package fr.conciergeriesolidaire.site;

import org.junit.jupiter.api.Test;

/** The site the build baked into target/site, checked page by page as it will ship. */
class PublicSiteTest {
    private final BakedSite site = BakedSite.MAIN;

    @Test
    void everyPageIsValidHtml() throws Exception {
        SiteChecks.assertEveryPageIsValidHtml(site);
    }

    @Test
    void everyLinkResolvesAndNothingLoadsFromAnotherHost() {
        SiteChecks.assertLinksResolveAndNothingLoadsFromElsewhere(site);
    }

    @Test
    void everyPageNamesItsCanonicalAddress() {
        SiteChecks.assertCanonicalAddresses(site, BakedSite.MAIN_ADDRESS);
    }

    @Test
    void everyPageHasOneH1ATitleFrenchASkipLinkAndLabels() {
        SiteChecks.assertEveryPageIsWellFormed(site);
    }
}
