package fr.conciergeriesolidaire.site.news;

import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.content.PageBacked;
import java.time.LocalDate;

/** A news item (actualité), listed on the news page and in the Atom feed. */
public record NewsPost(ContentFile page, LocalDate date) implements PageBacked {}
