package fr.conciergeriesolidaire.site.event;

import fr.conciergeriesolidaire.site.Problems;
import fr.conciergeriesolidaire.site.content.ContentFile;
import java.time.ZoneId;
import java.util.List;

/** The events written as Markdown pages in the content folder ({@code content/agenda/<slug>/index.md}). */
public final class MarkdownEvents implements EventSource {
    @Override
    public List<ContentFile> pages(List<ContentFile> contentPages, ZoneId zone, Problems problems) {
        return contentPages;
    }
}
