package fr.conciergeriesolidaire.site.render;

import fr.conciergeriesolidaire.catalog.Category;
import fr.conciergeriesolidaire.catalog.CompanyQuote;
import fr.conciergeriesolidaire.catalog.Counter;
import fr.conciergeriesolidaire.catalog.CounterKind;
import fr.conciergeriesolidaire.catalog.Neighbourhood;
import fr.conciergeriesolidaire.catalog.Partner;
import fr.conciergeriesolidaire.catalog.Service;
import fr.conciergeriesolidaire.catalog.SiteData;
import fr.conciergeriesolidaire.programme.proposals.Season;
import fr.conciergeriesolidaire.site.SiteAddress;
import fr.conciergeriesolidaire.site.SiteContent;
import fr.conciergeriesolidaire.site.content.ContentFile;
import fr.conciergeriesolidaire.site.content.PageType;
import fr.conciergeriesolidaire.site.event.Event;
import fr.conciergeriesolidaire.site.news.NewsPost;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * What the templates know about the site, as {@code site}: the data, the checked content, the navigation and the
 * build's "now" (which decides what is upcoming). Lookups fail loudly, so a template asking for something that
 * does not exist fails the build at its line.
 */
public final class SiteView {
    private final SiteData data;
    private final Map<String, Object> organisation;
    private final SiteContent content;
    private final SiteAddress address;
    private final Instant now;
    private final Ideas ideas;

    /**
     * The residents' ideas of animations the build counted, for the neighbourhood pages.
     *
     * @param counts by neighbourhood id; empty when the build has no source for them (its pages then say nothing)
     */
    public record Ideas(Season season, Optional<Map<String, Integer>> counts) {}

    public SiteView(
            SiteData data,
            Map<String, Object> organisation,
            SiteContent content,
            SiteAddress address,
            Instant now,
            Ideas ideas) {
        this.data = data;
        this.organisation = Map.copyOf(organisation);
        this.content = content;
        this.address = address;
        this.now = now;
        this.ideas = ideas;
    }

    public SiteData getData() {
        return data;
    }

    /** organisation.yaml as written, with the fields the code does not need (tagline, legal, history…). */
    public Map<String, Object> getOrganisation() {
        return organisation;
    }

    /** A demonstration site with fictional data: the footer says so. */
    public boolean isDemo() {
        return Boolean.TRUE.equals(organisation.get("demo"));
    }

    public String canonical(String uri) {
        return address.absolute(page(uri).path());
    }

    public String absolute(String path) {
        return address.absolute(path);
    }

    public List<ContentFile> getMenu() {
        return content.menu("menu");
    }

    public List<ContentFile> getFooterMenu() {
        return content.menu("footerMenu");
    }

    public boolean hasPage(String type) {
        return content.page(type(type)).isPresent();
    }

    /** The single page of that type ("order" → the page at "/commander/"). */
    public ContentFile pageOf(String type) {
        return content.page(type(type)).orElseThrow(() -> new NoSuchElementException("aucune page type=" + type));
    }

    public String pathOf(String type) {
        return pageOf(type).path();
    }

    public ContentFile page(String uri) {
        return content.pageAt(uri).orElseThrow(() -> new NoSuchElementException("aucune page " + uri));
    }

    private static PageType type(String headerValue) {
        for (PageType type : PageType.values()) {
            if (type.headerValue().equals(headerValue)) {
                return type;
            }
        }
        throw new NoSuchElementException("type de page inconnu : " + headerValue);
    }

    // Neighbourhoods and counters

    public Neighbourhood neighbourhood(String id) {
        return data.neighbourhoods().stream()
                .filter(hood -> hood.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("quartier inconnu : " + id));
    }

    public List<Counter> countersIn(String neighbourhoodId) {
        return data.counters().stream()
                .filter(counter -> neighbourhoodId.equals(counter.neighbourhood()))
                .toList();
    }

    public List<Counter> getCompanyCounters() {
        return data.counters().stream()
                .filter(counter -> counter.kind() == CounterKind.COMPANY)
                .toList();
    }

    /** Exceptional closures still to come: past ones no longer concern anyone. */
    public List<LocalDate> upcomingClosures(Counter counter) {
        LocalDate today =
                now.atZone(ZoneId.of(data.organisation().site().timeZone())).toLocalDate();
        return counter.closedDates().stream()
                .filter(day -> !day.isBefore(today))
                .toList();
    }

    public String neighbourhoodPath(String neighbourhoodId) {
        return content.neighbourhoodPage(neighbourhoodId).orElseThrow().path();
    }

    public String neighbourhoodCalendarPath(String neighbourhoodId) {
        return content.neighbourhoodCalendarPath(neighbourhoodId);
    }

    public Counter counter(String id) {
        return data.counter(id).orElseThrow(() -> new NoSuchElementException("comptoir inconnu : " + id));
    }

    /** The first day of the programme's current season (seasons run from 1 September to 31 August). */
    public LocalDate getSeasonStart() {
        return ideas.season().firstDay();
    }

    /** Whether this build knows how many ideas residents proposed (the runner's and the publisher's do). */
    public boolean getKnowsResidentIdeas() {
        return ideas.counts().isPresent();
    }

    /** How many ideas of animations residents of the neighbourhood proposed this season. */
    public int residentIdeasIn(String neighbourhoodId) {
        return ideas.counts()
                .orElseThrow(() -> new NoSuchElementException("ce site ne compte pas les idées des habitants"))
                .getOrDefault(neighbourhoodId, 0);
    }

    // Partners and services

    public List<Partner> partnersIn(String categoryId) {
        return data.partners().stream()
                .filter(partner -> partner.category().equals(categoryId))
                .toList();
    }

    public Partner partner(String id) {
        return data.partners().stream()
                .filter(partner -> partner.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("partenaire inconnu : " + id));
    }

    public Category category(String id) {
        return data.categories().stream()
                .filter(category -> category.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("catégorie inconnue : " + id));
    }

    public String partnerPath(String partnerId) {
        return content.partnerPage(partnerId).orElseThrow().path();
    }

    /** Services that can be ordered now (inactive ones are neither shown nor accepted). */
    public List<Service> activeServices(Partner partner) {
        return partner.services().stream().filter(Service::isActive).toList();
    }

    public List<Counter> countersOffering(Partner partner, Service service) {
        return partner.countersOffering(service).stream().map(this::counter).toList();
    }

    public List<Partner> partnersAt(String counterId) {
        return data.partners().stream()
                .filter(partner -> partner.counters().contains(counterId))
                .filter(partner -> !activeServices(partner).isEmpty())
                .toList();
    }

    /** Monthly prices for a few headcounts, to show how the graduated pricing works. */
    public List<CompanyQuote> exampleQuotes() {
        var offer = data.offer().company();
        return List.of(offer.minEmployees(), 50, 120, 300).stream()
                .filter(offer::accepts)
                .distinct()
                .map(offer::quote)
                .toList();
    }

    // Events and news

    public Event event(String uri) {
        return content.eventAt(uri).orElseThrow(() -> new NoSuchElementException("aucun évènement " + uri));
    }

    public List<Event> getUpcomingEvents() {
        return content.events().stream().filter(event -> event.isUpcoming(now)).toList();
    }

    /** Past events, latest first. */
    public List<Event> getPastEvents() {
        return content.events().stream()
                .filter(event -> !event.isUpcoming(now))
                .sorted(Comparator.comparing(Event::start).reversed())
                .toList();
    }

    public boolean isPast(Event event) {
        return !event.isUpcoming(now);
    }

    /**
     * Whether a calendar file exists: an iCalendar file must hold at least one event, so there is none for a
     * neighbourhood (or a site) without events, and no link to it either.
     */
    public boolean hasCalendar(String neighbourhoodId) {
        return content.events().stream()
                .anyMatch(event -> event.neighbourhood().id().equals(neighbourhoodId));
    }

    public boolean getHasEvents() {
        return !content.events().isEmpty();
    }

    public List<Event> upcomingEventsIn(String neighbourhoodId) {
        return getUpcomingEvents().stream()
                .filter(event -> event.neighbourhood().id().equals(neighbourhoodId))
                .toList();
    }

    public List<Event> pastEventsIn(String neighbourhoodId) {
        return getPastEvents().stream()
                .filter(event -> event.neighbourhood().id().equals(neighbourhoodId))
                .toList();
    }

    public String getCalendarPath() {
        return content.calendarPath();
    }

    public String eventCalendarPath(Event event) {
        return event.calendarPath();
    }

    public List<NewsPost> getPosts() {
        return content.posts();
    }

    public NewsPost post(String uri) {
        return content.posts().stream()
                .filter(post -> post.page().uri().equals(uri))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("aucune actualité " + uri));
    }

    public String getFeedPath() {
        return content.feedPath();
    }
}
