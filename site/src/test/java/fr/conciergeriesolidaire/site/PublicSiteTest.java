package fr.conciergeriesolidaire.site;

import org.junit.jupiter.api.Test;

/** The site the build baked into target/site, checked page by page as it will ship. */
class PublicSiteTest {
    private final BakedSite site = BakedSite.MAIN;

    @Test
    void givenTheShippedSite_thenEveryPageIsValidHtml() throws Exception {
        SiteChecks.assertEveryPageIsValidHtml(site);
    }

    @Test
    void givenTheShippedSite_thenEveryLinkResolvesAndNothingLoadsFromAnotherHost() {
        SiteChecks.assertLinksResolveAndNothingLoadsFromElsewhere(site);
    }

    @Test
    void givenTheShippedSite_thenEveryPageNamesItsCanonicalAddress() {
        SiteChecks.assertCanonicalAddresses(site, BakedSite.MAIN_ADDRESS);
    }

    @Test
    void givenTheShippedSite_thenEveryPageHasOneH1ATitleFrenchASkipLinkAndLabels() {
        SiteChecks.assertEveryPageIsWellFormed(site);
    }
}
