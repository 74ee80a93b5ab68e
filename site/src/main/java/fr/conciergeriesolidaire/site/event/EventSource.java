package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.site.Problems;
import fr.conciergeriesolidaire.site.content.ContentFile;
import java.time.ZoneId;
import java.util.List;

/**
 * Where a build takes the programme's events from: the Markdown folder ({@link MarkdownEvents}: {@code ./mvnw
 * package} and the tests) or the events table ({@link TableEvents}: the publisher and the local runner). One source
 * per build, so one event has one source; every event becomes a page of type {@code event}, checked by the same
 * rules whatever its source.
 */
public interface EventSource {
    /**
     * Every page of the site.
     *
     * @param contentPages the pages read from the content folder (its Markdown events included)
     * @param zone the site's zone, in which event times are read
     * @param problems where a source reports what it cannot read
     */
    List<ContentFile> pages(List<ContentFile> contentPages, ZoneId zone, Problems problems);
}
