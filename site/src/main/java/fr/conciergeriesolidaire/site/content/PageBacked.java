package fr.conciergeriesolidaire.site.content;

/** Something shown on a page of its own (an event, a news item): its title, description and address are the page's. */
public interface PageBacked {
    ContentFile page();

    default String title() {
        return page().title();
    }

    default String description() {
        return page().header().get("description");
    }

    default String path() {
        return page().path();
    }
}
