package fr.conciergeriesolidaire.local.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.local.Repository;
import fr.conciergeriesolidaire.local.site.StaticSite;
import fr.conciergeriesolidaire.publisher.build.SiteRender;
import fr.conciergeriesolidaire.site.publish.ContentTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file the site publishes has its content type in the one table the runner and the upload both use. */
class ContentTypesTest {
    private final ContentTypes types = ContentTypes.fromClasspath();

    @Test
    void everyPublishedFileHasAKnownTypeAndTextIsUtf8() throws IOException {
        Path site = Repository.layout().siteOutput();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !StaticSite.UNPUBLISHED_FOLDERS.contains(
                            site.relativize(file).getName(0).toString()))
                    .forEach(file -> assertThat(types.of(file.getFileName().toString()))
                            .as(site.relativize(file).toString())
                            .isNotEqualTo("application/octet-stream"));
        }
        assertThat(types.of("agenda.ics")).isEqualTo("text/calendar; charset=utf-8");
        assertThat(types.of("flux.atom")).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(types.of("sitemap.xml")).isEqualTo("application/xml; charset=utf-8");
        assertThat(types.byExtension().values())
                .filteredOn(type -> type.startsWith("text/"))
                .allSatisfy(type -> assertThat(type).endsWith("; charset=utf-8"));
    }

    @Test
    void thePublisherLeavesTheSameFoldersOutAsTheRunner() {
        assertThat(SiteRender.UNPUBLISHED_FOLDERS).isEqualTo(StaticSite.UNPUBLISHED_FOLDERS);
    }
}
