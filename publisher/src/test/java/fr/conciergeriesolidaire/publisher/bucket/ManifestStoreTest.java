package fr.conciergeriesolidaire.publisher.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestStoreTest {
    @Test
    void givenAManifest_whenWrittenAndReadBack_thenItIsTheSame() {
        Manifest manifest =
                new Manifest(12, Map.of("index.html", "ab12", "agenda/index.html", "cd34"), Set.of("x.ics"));

        assertThat(ManifestStore.parse(ManifestStore.json(manifest))).isEqualTo(manifest);
    }

    @Test
    void givenFilesAboutToChange_whenForgotten_thenTheyLeaveTheListAndBecomeUnsure() {
        Manifest manifest = new Manifest(3, Map.of("a.html", "1", "b.html", "2"), Set.of("c.html"));

        Manifest forgetting = manifest.forgetting(Set.of("b.html", "d.html"));

        assertThat(forgetting.files()).containsExactly(Map.entry("a.html", "1"));
        assertThat(forgetting.unsure()).containsExactlyInAnyOrder("b.html", "c.html", "d.html");
        assertThat(forgetting.changes()).isEqualTo(3);
    }

    @Test
    void givenPagesAndAssets_whenCached_thenPagesAreCheckedAgainSoonerThanAssets() {
        assertThat(CachePolicy.of("agenda/index.html")).isEqualTo(CachePolicy.DOCUMENTS);
        assertThat(CachePolicy.of("agenda/agenda.ics")).isEqualTo(CachePolicy.DOCUMENTS);
        assertThat(CachePolicy.of("styles/site.css")).isEqualTo(CachePolicy.ASSETS);
        assertThat(CachePolicy.of("favicon.svg")).isEqualTo(CachePolicy.ASSETS);
    }
}
