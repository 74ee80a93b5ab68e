package fr.conciergeriesolidaire.functions.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.catalog.SiteDataLoader;
import fr.conciergeriesolidaire.emulators.NodeTools;
import org.junit.jupiter.api.Test;

/** The class compiled from site/data at build time holds exactly what the YAML files say, field for field. */
class PackagedSiteDataTest {
    @Test
    void givenTheSiteDataFiles_whenCompiledIn_thenTheFunctionsSeeTheSameDataAsTheLoader() {
        SiteData loaded =
                SiteDataLoader.fromDirectory(NodeTools.ofRepository().root().resolve("site/data"));

        SiteData packaged = PackagedSiteData.data();

        assertThat(packaged).usingRecursiveComparison().isEqualTo(loaded);
        assertThat(packaged.partners()).isNotEmpty();
    }
}
