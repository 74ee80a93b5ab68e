package fr.conciergeriesolidaire.site.news;

import fr.conciergeriesolidaire.site.content.ContentFile;
import java.time.LocalDate;

/** A news item (actualité), listed on the news page and in the Atom feed. */
public record NewsPost(ContentFile page, LocalDate date) {
    public String title() {
        return page.title();
    }

    public String description() {
        return page.header().get("description");
    }

    public String path() {
        return page.path();
    }
}
