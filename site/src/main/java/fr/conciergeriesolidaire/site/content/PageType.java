package fr.conciergeriesolidaire.site.content;

import fr.conciergeriesolidaire.programme.event.EventFields;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of page a content file can be ({@code type=...} in its header). Each one is rendered by the template of
 * the same name ({@code templates/<name>.ftlh}) and accepts a fixed set of header keys, so that a misspelt key fails
 * the build instead of being silently ignored.
 */
public enum PageType {
    HOME("home", Occurrence.REQUIRED_ONCE, "index.html"),
    PAGE("page", Occurrence.ANY),
    COMPANY("company", Occurrence.AT_MOST_ONCE),
    SIGNUP("signup", Occurrence.AT_MOST_ONCE),
    NEIGHBOURHOODS("neighbourhoods", Occurrence.AT_MOST_ONCE),
    NEIGHBOURHOOD("neighbourhood", Occurrence.ANY, null, "neighbourhood"),
    PARTNERS("partners", Occurrence.AT_MOST_ONCE),
    PARTNER("partner", Occurrence.ANY, null, "partner"),
    AGENDA("agenda", Occurrence.AT_MOST_ONCE),
    EVENT("event", Occurrence.ANY, null, EventFields.HEADER_KEYS.toArray(String[]::new)),
    NEWS("news", Occurrence.AT_MOST_ONCE),
    POST("post", Occurrence.ANY, null, "date"),
    ORDER("order", Occurrence.AT_MOST_ONCE),
    CONTACT("contact", Occurrence.AT_MOST_ONCE),
    LEGAL("legal", Occurrence.REQUIRED_ONCE),
    PRIVACY("privacy", Occurrence.REQUIRED_ONCE),
    /** "Mes données": where a person asks for the link to their own data (the functions' mydata feature). */
    MY_DATA("mydata", Occurrence.AT_MOST_ONCE),
    ACCESSIBILITY("accessibility", Occurrence.REQUIRED_ONCE),
    NOT_FOUND("notfound", Occurrence.REQUIRED_ONCE, "404.html"),
    /** The page the API fills with its HTML answers (see the response shell contract). */
    SHELL("shell", Occurrence.REQUIRED_ONCE, "_shell/reponse.html");

    enum Occurrence {
        ANY,
        AT_MOST_ONCE,
        REQUIRED_ONCE
    }

    private final String headerValue;
    private final Occurrence occurrence;
    private final String fixedUri;
    private final Set<String> keys;

    PageType(String headerValue, Occurrence occurrence) {
        this(headerValue, occurrence, null);
    }

    PageType(String headerValue, Occurrence occurrence, String fixedUri, String... ownKeys) {
        this.headerValue = headerValue;
        this.occurrence = occurrence;
        this.fixedUri = fixedUri;
        this.keys =
                Stream.concat(CommonKeys.ALL.stream(), Arrays.stream(ownKeys)).collect(Collectors.toUnmodifiableSet());
    }

    /** The value of {@code type=} in the header, also the JBake document type and the template's name. */
    public String headerValue() {
        return headerValue;
    }

    public String template() {
        return headerValue + ".ftlh";
    }

    public boolean isSingleton() {
        return occurrence != Occurrence.ANY;
    }

    public boolean isRequired() {
        return occurrence == Occurrence.REQUIRED_ONCE;
    }

    /** Where the page must be written when the contracts of other modules name its address. */
    Optional<String> fixedUri() {
        return Optional.ofNullable(fixedUri);
    }

    boolean accepts(String key) {
        return keys.contains(key);
    }

    /**
     * A page about one item of a list (an event, a partner, a news post): it shows its own file, the data and the
     * site's frame (menus, list pages' titles), never another item, so a warm rebuild may keep it when none of those
     * changed. The templates of these types must keep it so (see {@code bake.RenderedPages}).
     */
    public boolean isItem() {
        return this == EVENT || this == PARTNER || this == POST;
    }

    /** Pages for people who arrive by mistake or through the API, kept out of the sitemap and search engines. */
    public boolean isIndexable() {
        return this != NOT_FOUND && this != SHELL;
    }

    static Optional<PageType> fromHeader(String value) {
        return Arrays.stream(values())
                .filter(type -> type.headerValue.equals(value))
                .findFirst();
    }

    /**
     * Keys every page accepts. {@code menu} and {@code footerMenu} give its rank in the navigation menus, where
     * {@code menuTitle} (when given) replaces its title.
     */
    private static final class CommonKeys {
        static final Set<String> ALL = Set.of("type", "title", "description", "menu", "menuTitle", "footerMenu");
    }
}
