package fr.conciergeriesolidaire.publisher.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvalidationPathsTest {
    @Test
    void givenFolderPages_whenInvalidated_thenBothTheFolderAndItsIndexAreNamed() {
        assertThat(InvalidationPaths.of(List.of("agenda/atelier/index.html", "index.html", "agenda/agenda.ics")))
                .containsExactly(
                        "/", "/agenda/agenda.ics", "/agenda/atelier/", "/agenda/atelier/index.html", "/index.html");
    }

    @Test
    void givenFilesThatAreNotFolderPages_whenInvalidated_thenEachIsNamedAlone() {
        assertThat(InvalidationPaths.of(List.of("404.html", "styles/site.css", "sitemap.xml")))
                .containsExactly("/404.html", "/sitemap.xml", "/styles/site.css");
    }

    @Test
    void givenMorePathsThanTheThreshold_whenInvalidated_thenOneWildcardInstead() {
        List<String> pages = IntStream.range(0, InvalidationPaths.THRESHOLD / 2 + 1)
                .mapToObj(i -> "agenda/event-" + i + "/index.html")
                .toList();
        List<String> fewer = pages.subList(0, InvalidationPaths.THRESHOLD / 2);

        assertThat(InvalidationPaths.of(pages)).containsExactly(InvalidationPaths.EVERYTHING);
        assertThat(InvalidationPaths.of(fewer)).hasSize(InvalidationPaths.THRESHOLD);
    }

    @Test
    void givenNothing_whenInvalidated_thenNoPath() {
        assertThat(InvalidationPaths.of(List.of())).isEmpty();
    }
}
